// The checks the server makes of the numbers that identify an applicant, made here too so that a mistyped number is
// named before the application is sent (the server's check is the one that counts): a person's resident identity
// number (GB 11643-1999: date of birth and ISO 7064 MOD 11-2 check digit) and a unit's unified social credit code
// (GB 32100-2015 check character).
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";
const CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

// null when the number is a resident identity number, else "idForm", "idBirthDate" or "idCheckDigit"
function residentIdentityProblem(value, today) {
  const number = value.trim().toUpperCase();
  if (!/^[0-9]{17}[0-9X]$/.test(number)) return "idForm";
  const year = +number.slice(6, 10), month = +number.slice(10, 12), day = +number.slice(12, 14);
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || birth.getUTCDate() !== day || birth.getUTCMonth() !== month - 1 || year < 1850
      || birth > today) return "idBirthDate";
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (+number[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === number[17] ? null : "idCheckDigit";
}

// null when the code is a unified social credit code, else "codeForm" or "codeCheck"
function creditCodeProblem(value) {
  const code = value.trim();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return "codeForm";
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CODE_ALPHABET.indexOf(code[i]) * CODE_WEIGHTS[i];
  return CODE_ALPHABET[(31 - sum % 31) % 31] === code[17] ? null : "codeCheck";
}
