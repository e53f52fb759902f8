const lookupForm = document.getElementById("lookup-form");
const answerForm = document.getElementById("answer-form");
let current = null;

function secretHeader() {
  // full-width characters of a Chinese input method become ASCII (a header carries only those); spaces go
  return { "X-Receipt-Secret": lookupForm.secret.value.normalize("NFKC").replace(/[^\x21-\x7e]/g, ""),
    "Content-Type": "application/json" };
}

function caseUrl() {
  return "/api/applications/" + encodeURIComponent(lookupForm.caseNumber.value.trim());
}

// 2026-11-24 reads 2026年11月24日 in Chinese and 24 November 2026 in English
function shownDate(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  if (language().startsWith("zh")) return year + "年" + month + "月" + day + "日";
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

function show(status, problem) {
  current = status;
  const notFound = document.getElementById("not-found");
  notFound.hidden = status !== null;
  notFound.textContent = problem || t("notFound");
  document.getElementById("status").hidden = status === null;
  if (status === null) return;
  document.getElementById("status-case").textContent = status.caseNumber;
  document.getElementById("stage").textContent = t("stages")[status.stage] || status.description;
  for (const key of ["branch", "informationRequested", "answerBy", "membershipNumber", "reason", "resolutionNumber"]) {
    document.getElementById(key).textContent = key === "answerBy" && status[key] ? shownDate(status[key]) : status[key] || "";
    document.querySelectorAll('[data-show="' + key + '"]').forEach(element => { element.hidden = !status[key]; });
  }
  const steps = document.getElementById("steps");
  steps.replaceChildren(...(status.steps || []).map(step => {
    const item = document.createElement("li");
    const date = document.createElement("time");
    if (step.date) {
      date.dateTime = step.date;
      date.textContent = shownDate(step.date);
    }
    const text = document.createElement("span");
    text.textContent = t("steps")[step.step] || step.step;
    item.append(date, " ", text);
    return item;
  }));
  document.getElementById("next").textContent = t("next")[status.stage] || "";
  answerForm.hidden = status.stage !== "MORE_INFORMATION_NEEDED";
}

async function lookUp() {
  document.getElementById("answer-sent").hidden = true;
  const response = await fetch(caseUrl(), { headers: secretHeader() });
  if (response.status === 429) {
    show(null, t("tooManyLookups").replace("{0}", response.headers.get("Retry-After")));
  } else {
    show(response.ok ? await response.json() : null);
  }
}

lookupForm.addEventListener("submit", event => {
  event.preventDefault();
  lookUp();
});

const lostForm = document.getElementById("lost-form");
document.getElementById("lost").addEventListener("click", () => {
  lostForm.hidden = false;
  lostForm.lostCase.value = lostForm.lostCase.value || lookupForm.caseNumber.value.trim();
  lostForm.lostCase.focus();
});

lostForm.addEventListener("submit", async event => {
  event.preventDefault();
  const problem = document.getElementById("lost-problem");
  const sent = document.getElementById("lost-sent");
  const caseNumber = lostForm.lostCase.value.trim();
  const email = lostForm.lostEmail.value.trim();
  sent.hidden = true;
  problem.hidden = caseNumber.length > 0 && email.includes("@");
  problem.textContent = t("lostProblem");
  if (!problem.hidden) return;
  const response = await fetch("/api/applications/" + encodeURIComponent(caseNumber) + "/new-secret", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email })
  });
  if (response.status === 202) {
    sent.hidden = false;
  } else if (response.status === 429) {
    problem.hidden = false;
    problem.textContent = t("tooManyLookups").replace("{0}", response.headers.get("Retry-After"));
  } else {
    const body = await response.json().catch(() => ({}));
    problem.hidden = false;
    problem.textContent = body.detail || t("failed");
  }
});

answerForm.addEventListener("submit", async event => {
  event.preventDefault();
  const text = answerForm.informationProvided.value.trim();
  const problem = document.getElementById("answer-problem");
  problem.hidden = text.length > 0 && text.length <= answerForm.informationProvided.maxLength;
  problem.textContent = t("answerProblem");
  if (!problem.hidden) return;
  const response = await fetch(caseUrl() + "/information", {
    method: "POST", headers: secretHeader(), body: JSON.stringify({ informationProvided: text })
  });
  const body = await response.json().catch(() => ({}));
  if (response.ok) {
    answerForm.informationProvided.value = "";
    show(body);
    document.getElementById("answer-sent").hidden = false;
  } else {
    problem.hidden = false;
    problem.textContent = body.detail || t("failed");
  }
});

// one's own data: the download (a JSON file) and a request to correct or delete it, with the same receipt secret
const requestForm = document.getElementById("request-form");
let requested = null;

function showRequested() {
  const sent = document.getElementById("request-sent");
  sent.hidden = requested === null;
  if (requested) sent.textContent = t("requestSent").replace("{0}", requested.caseNumber).replace("{1}", shownDate(requested.answerBy));
}

document.getElementById("download-data").addEventListener("click", async () => {
  const problem = document.getElementById("download-problem");
  const response = await fetch(caseUrl() + "/personal-data", { headers: secretHeader() });
  problem.hidden = response.ok;
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    problem.textContent = response.status === 429 ? t("tooManyLookups").replace("{0}", response.headers.get("Retry-After"))
      : body.detail || t("failed");
    return;
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = "personal-data-" + lookupForm.caseNumber.value.trim() + ".json";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

document.getElementById("ask-change").addEventListener("click", () => {
  requestForm.hidden = false;
  requestForm.requestDetail.focus();
});

requestForm.addEventListener("submit", async event => {
  event.preventDefault();
  const text = requestForm.requestDetail.value.trim();
  const problem = document.getElementById("request-problem");
  problem.hidden = text.length > 0 && text.length <= requestForm.requestDetail.maxLength;
  problem.textContent = t("requestProblem");
  if (!problem.hidden) return;
  const response = await fetch(caseUrl() + "/personal-data/requests", {
    method: "POST", headers: secretHeader(), body: JSON.stringify({ kind: requestForm.requestKind.value, detail: text })
  });
  const body = await response.json().catch(() => ({}));
  if (response.status === 201) {
    requestForm.requestDetail.value = "";
    requestForm.hidden = true;
    requested = body;
    showRequested();
  } else {
    problem.hidden = false;
    problem.textContent = response.status === 429 ? t("tooManyLookups").replace("{0}", response.headers.get("Retry-After"))
      : body.detail || t("failed");
  }
});

document.addEventListener("language", showRequested);
document.addEventListener("language", () => { if (current) show(current); });
// a link from the receipt carries the case number and the secret in its fragment (#case=…&secret=…), which the
// browser does not send to the server; ?case=… (without a secret) still fills the case number
const fragment = new URLSearchParams(location.hash.slice(1));
lookupForm.caseNumber.value = fragment.get("case") || new URLSearchParams(location.search).get("case") || "";
lookupForm.secret.value = fragment.get("secret") || "";
translatePage();
if (lookupForm.caseNumber.value && lookupForm.secret.value) lookUp();
