const form = document.getElementById("application");
const FIELDS = ["applicantKind", "applicantName", "email", "phone", "identityNumber", "creditCode", "organisation",
  "field", "statement", "branch", "supportsCharter", "willingToJoin"];
let shownProblems = {};

function showKind() {
  const kind = form.applicantKind.value;
  document.getElementById("identity").hidden = kind === "UNIT";
  document.getElementById("credit").hidden = kind !== "UNIT";
  document.getElementById("branch-choice").hidden = kind === "FOREIGN";
}

function showProblems(problems) {
  shownProblems = problems;
  document.querySelectorAll(".problem").forEach(element => element.remove());
  document.querySelectorAll(".invalid").forEach(element => element.classList.remove("invalid"));
  for (const [field, message] of Object.entries(problems)) {
    const input = form.elements[field] || form.applicantKind;
    input.classList.add("invalid");
    const text = document.createElement("div");
    text.className = "problem";
    text.id = "problem-" + field;
    text.textContent = problemText(field, message);
    (input.type === "checkbox" ? input.parentElement : input).insertAdjacentElement("afterend", text);
  }
  const summary = document.getElementById("form-problem");
  summary.hidden = Object.keys(problems).length === 0;
  summary.textContent = t("fixFields");
}

async function loadBranches() {
  const response = await fetch("/api/applications/branches");
  if (!response.ok) return;
  for (const branch of await response.json()) {
    form.branch.add(new Option(branch.name, branch.id));
  }
}

form.addEventListener("submit", async event => {
  event.preventDefault();
  const kind = form.applicantKind.value;
  const application = {};
  for (const field of FIELDS) {
    const input = form.elements[field];
    application[field] = input.type === "checkbox" ? input.checked : input.value.trim();
  }
  if (kind === "UNIT") delete application.identityNumber; else delete application.creditCode;
  if (kind === "FOREIGN" || !application.branch) delete application.branch;
  application.language = language().startsWith("zh") ? "zh" : "en"; // we write to the applicant in the page's language
  const button = document.getElementById("submit");
  button.disabled = true;
  button.textContent = t("sending");
  try {
    const response = await fetch("/api/applications", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(application)
    });
    const body = await response.json().catch(() => ({}));
    if (response.status === 201) {
      showReceipt(body);
    } else if (response.status === 400 && body.errors) {
      showProblems(body.errors);
    } else if (response.status === 429) {
      showFailure(t("tooMany").replace("{0}", response.headers.get("Retry-After")));
    } else {
      showFailure(body.detail || t("failed"));
    }
  } catch (e) {
    showFailure(t("failed"));
  } finally {
    button.disabled = false;
    button.textContent = t("submit");
  }
});

function showFailure(message) {
  showProblems({});
  const summary = document.getElementById("form-problem");
  summary.hidden = false;
  summary.textContent = message;
}

function showReceipt(receipt) {
  form.hidden = true;
  document.getElementById("receipt").hidden = false;
  document.getElementById("receipt-case").textContent = receipt.caseNumber;
  document.getElementById("receipt-secret").textContent = receipt.secret;
  // the secret rides in the fragment (#…): the browser never sends it to a server, nor in a Referer
  document.getElementById("receipt-status").href = "/apply/status.html#" + new URLSearchParams({
    case: receipt.caseNumber, secret: receipt.secret }).toString();
  document.getElementById("copy-receipt").onclick = async () => {
    const text = t("receiptCase") + ": " + receipt.caseNumber + "\n" + t("receiptSecret") + ": " + receipt.secret;
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById("receipt"));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      document.execCommand("copy");
    }
    document.getElementById("copied").hidden = false;
  };
  document.getElementById("print-receipt").onclick = () => window.print();
}

// a person's identity number or a unit's credit code is checked as soon as it is typed (checks.js); the server checks
// it again with everything else when the application is sent
function checkNumber() {
  const kind = form.applicantKind.value;
  const field = kind === "UNIT" ? "creditCode" : "identityNumber";
  const value = form.elements[field].value;
  const problem = !value.trim() ? null : kind === "INDIVIDUAL" ? residentIdentityProblem(value, new Date())
    : kind === "UNIT" ? creditCodeProblem(value) : null;
  const problems = Object.assign({}, shownProblems);
  delete problems.identityNumber;
  delete problems.creditCode;
  if (problem) problems[field] = t(problem);
  showProblems(problems);
}

form.applicantKind.addEventListener("change", showKind);
form.applicantKind.addEventListener("change", checkNumber);
form.identityNumber.addEventListener("change", checkNumber);
form.creditCode.addEventListener("change", checkNumber);
document.addEventListener("language", () => showProblems(shownProblems));
translatePage();
showKind();
loadBranches();
