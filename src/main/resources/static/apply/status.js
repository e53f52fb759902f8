const lookupForm = document.getElementById("lookup-form");
const answerForm = document.getElementById("answer-form");
let current = null;

function secretHeader() {
  return { "X-Receipt-Secret": lookupForm.secret.value.trim(), "Content-Type": "application/json" };
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

function show(status) {
  current = status;
  document.getElementById("not-found").hidden = status !== null;
  document.getElementById("status").hidden = status === null;
  if (status === null) return;
  document.getElementById("status-case").textContent = status.caseNumber;
  document.getElementById("stage").textContent = t("stages")[status.stage] || status.description;
  for (const key of ["branch", "informationRequested", "answerBy", "membershipNumber", "reason", "resolutionNumber"]) {
    document.getElementById(key).textContent = key === "answerBy" && status[key] ? shownDate(status[key]) : status[key] || "";
    document.querySelectorAll('[data-show="' + key + '"]').forEach(element => { element.hidden = !status[key]; });
  }
  answerForm.hidden = status.stage !== "MORE_INFORMATION_NEEDED";
}

lookupForm.addEventListener("submit", async event => {
  event.preventDefault();
  document.getElementById("answer-sent").hidden = true;
  const response = await fetch(caseUrl(), { headers: secretHeader() });
  show(response.ok ? await response.json() : null);
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

document.addEventListener("language", () => { if (current) show(current); });
lookupForm.caseNumber.value = new URLSearchParams(location.search).get("case") || "";
translatePage();
