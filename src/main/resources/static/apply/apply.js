const form = document.getElementById("application");
const FIELDS = ["applicantKind", "applicantName", "email", "phone", "identityNumber", "creditCode", "organisation",
  "field", "statement", "branch", "supportsCharter", "willingToJoin", "privacyConsent", "identityNumberConsent"];
let shownProblems = {};
let privacyNotice = null; // the notice on personal information the server keeps, both languages and its version

function showKind() {
  const kind = form.applicantKind.value;
  document.getElementById("identity").hidden = kind === "UNIT";
  document.getElementById("credit").hidden = kind !== "UNIT";
  document.getElementById("branch-choice").hidden = kind === "FOREIGN";
  document.getElementById("identity-consent").hidden = kind === "UNIT"; // a unit gives no identity number
}

// the notice on personal information: a short summary, the full text folded, in the page's language; its version is
// the one the consent names when the application is sent
function showPrivacyNotice() {
  const version = privacyNotice ? privacyNotice.version : "…";
  document.getElementById("privacy-consent-text").textContent = t("privacyConsent").replace("{0}", version);
  if (!privacyNotice) return;
  const wording = language().startsWith("zh") ? privacyNotice.zh : privacyNotice.en;
  document.getElementById("privacy-title").textContent = wording.title + " (" + t("privacyVersion").replace("{0}", version) + ")";
  document.getElementById("privacy-summary").textContent = wording.summary;
  const sections = document.getElementById("privacy-sections");
  sections.replaceChildren();
  for (const section of wording.sections) {
    const heading = document.createElement("h3");
    heading.textContent = section.heading;
    const text = document.createElement("p");
    text.id = "privacy-" + section.id;
    text.textContent = section.text;
    sections.append(heading, text);
  }
}

async function loadPrivacyNotice() {
  try {
    const response = await fetch("/api/applications/privacy-notice");
    if (!response.ok) throw new Error(response.status);
    privacyNotice = await response.json();
  } catch (e) {
    document.getElementById("privacy-unavailable").hidden = false;
  }
  showPrivacyNotice();
}

function showProblems(problems) {
  shownProblems = problems;
  document.querySelectorAll(".problem").forEach(element => element.remove());
  document.querySelectorAll(".invalid").forEach(element => element.classList.remove("invalid"));
  for (const [field, message] of Object.entries(problems)) {
    // a consent to a notice no longer in force is named at the consent
    const input = form.elements[field] || (field === "privacyNoticeVersion" ? form.privacyConsent : form.applicantKind);
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
  if (kind === "UNIT") {
    delete application.identityNumber;
    delete application.identityNumberConsent;
  } else {
    delete application.creditCode;
  }
  if (privacyNotice) application.privacyNoticeVersion = privacyNotice.version; // the version this page showed
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
document.addEventListener("language", showPrivacyNotice);
translatePage();
showKind();
loadBranches();
loadPrivacyNotice();
