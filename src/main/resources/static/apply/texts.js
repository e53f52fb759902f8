// The page's texts, one dictionary per language; the server's field messages are English and are
// replaced by the field's message here in other languages.
const TEXTS = {
  en: {
    title: "Apply for membership",
    association: "China High-tech Industrialization Association",
    intro: "Persons, units and foreign experts who support the Articles of Association and work in high-tech industrialization may apply. Fields marked * are required. We write to you in the language of this page (switch it above).",
    applicantKind: "I apply as *",
    kindINDIVIDUAL: "a person", kindUNIT: "a unit (company, institute, university)", kindFOREIGN: "a foreign expert",
    applicantName: "Name (of the person or the unit) *",
    email: "E-mail *", phone: "Telephone *",
    identityNumber: "Resident identity number (a foreign expert: passport number) *",
    creditCode: "Unified social credit code *",
    idForm: "A resident identity number has 18 characters: 17 digits and a digit or X (a foreign expert gives the passport number).",
    idBirthDate: "Its 7th to 14th characters are not a real date of birth, or a date after today.",
    idCheckDigit: "Its last character (the check digit) does not match: check the number.",
    codeForm: "A unified social credit code has 18 digits or capital letters (not I, O, S, V or Z), its 3rd to 8th characters digits.",
    codeCheck: "Its last character (the check character) does not match: check the code.",
    organisation: "Organisation *", field: "Field of work *",
    statement: "Your influence in the field (20 to 4000 characters) *",
    branch: "Recommending branch (optional)", noBranch: "none: I apply directly",
    supportsCharter: "I support the Articles of Association of the Association. *",
    willingToJoin: "I wish to join the Association. *",
    privacyFull: "Read the full notice: who sees what, how long it is kept, your rights",
    privacyVersion: "version {0}",
    privacyConsent: "I have read the notice on personal information (version {0}) and consent to the processing of my personal information as it describes. *",
    identityNumberConsent: "I consent separately to the processing of my identity document number (sensitive personal information) to tell applicants and members apart. *",
    privacyUnavailable: "The notice on personal information could not be loaded, and no application is received without consent to it. Please reload the page.",
    submit: "Send the application",
    sending: "Sending…",
    fixFields: "Please correct the fields marked below.",
    receiptTitle: "Your application has been received",
    receiptCase: "Case number", receiptSecret: "Receipt secret",
    receiptNote: "Keep the case number and the receipt secret (copy or print them now): you need both to look up your application, and the secret is shown only now. We never store it and cannot show it again; if you lose it, the status page can send a new one to your e-mail address.",
    oneOpen: "One application at a time: if an application with the same identity number or credit code is still open, no second one is opened. This page then still shows a receipt, and we write to the e-mail address of the open application; follow that application with its own case number and receipt secret. This page never tells anyone whether an application exists.",
    statusLink: "Look up an application",
    statusTitle: "Where is my application?",
    caseNumber: "Case number", secret: "Receipt secret", lookup: "Look up",
    notFound: "No application with this case number and receipt secret.",
    stage: "Stage", branchName: "Branch", informationRequested: "Information asked for", answerBy: "Answer by",
    membershipNumber: "Membership number", reason: "Reason", resolutionNumber: "Resolution",
    answerTitle: "Your answer", sendAnswer: "Send the answer", answerSent: "Thank you: your answer has been recorded.",
    answerProblem: "Write your answer in 1 to 4000 characters.",
    tooMany: "Too many applications from your address. Try again in {0} seconds.",
    failed: "The application could not be sent. Please try again later.",
    copy: "Copy", print: "Print", copied: "Copied.",
    statusWithSecret: "Follow my application (this link carries the secret: keep it private)",
    statusLinkNote: "Bookmark that link to follow your application without typing the secret. The secret is in the part after # of the address, which your browser does not send to any server.",
    ownDataTitle: "Your personal data",
    ownDataIntro: "Download everything the Association holds on you (a JSON file), or ask us to correct or delete it: the Secretariat answers by e-mail within the period the law sets.",
    downloadData: "Download my data", askChange: "Ask for a correction or deletion",
    requestKind: "I ask for", kindCorrection: "a correction", kindDeletion: "a deletion",
    requestDetail: "What to correct or delete (and the correct data)",
    sendRequest: "Send the request",
    requestProblem: "Say what to correct or delete, in 1 to 2000 characters.",
    requestSent: "Your request {0} is received. The Secretariat answers you by e-mail by {1} at the latest.",
    lostSecret: "Lost the receipt secret?",
    lostTitle: "A new receipt secret",
    lostIntro: "Enter the case number and the e-mail address you gave in the application. If they match, we send a new receipt secret to that address; the old one then stops working.",
    lostEmail: "E-mail address given in the application",
    sendSecret: "Send me a new secret",
    lostSent: "If the case number and the e-mail address are those of an application, a new receipt secret is on its way to that address and the old one no longer works; otherwise no mail is sent. To protect applicants, this page does not say whether they are.",
    lostProblem: "Enter the case number and the e-mail address given in the application.",
    tooManyLookups: "Too many attempts from your address. Try again in {0} seconds.",
    stepsTitle: "Steps so far", nextTitle: "What comes next",
    steps: {
      RECEIVED: "Application received",
      RECOMMENDED: "Recommended by the branch",
      REVIEW_STARTED: "Review by the Liaison Department began",
      INFORMATION_REQUESTED: "More information asked of you",
      INFORMATION_PROVIDED: "Your answer received",
      ON_THE_AGENDA: "Put on the agenda of the Council or the Standing Council",
      DECIDED: "Decided by the Council or the Standing Council",
      FILED_WITH_CAST: "Filed with the China Association for Science and Technology",
      ADMITTED: "Admitted: membership number given",
      REJECTED: "Not admitted",
      DECLINED: "The branch declined to recommend",
      LAPSED: "Lapsed without an answer",
      CLOSED: "Closed"
    },
    next: {
      RECEIVED: "The branch you named decides whether it recommends you. If it does, the Liaison Department reviews your application; if it does not, we write to you.",
      UNDER_REVIEW: "The Liaison Department reviews your application. It may ask you for more information (you then answer on this page within 30 days); otherwise it puts the application to the Council or the Standing Council, or rejects it and tells you why.",
      MORE_INFORMATION_NEEDED: "Answer below by the date shown. Without an answer the application lapses.",
      ON_THE_AGENDA: "The Council or the Standing Council decides at its next meeting. We write to you with the decision.",
      FILED_WITH_CAST: "The China Association for Science and Technology reviews the filing; when it approves, you are entered in the register.",
      ADOPTED: "You are being entered in the register and given a membership number and a card. We write to you.",
      ADMITTED: "Nothing: you are a member. Your membership number is shown above.",
      REJECTED: "The case is closed. You may apply again.",
      DECLINED: "The case is closed. You may apply again, directly or through another branch.",
      LAPSED: "The case is closed. You may apply again.",
      CLOSED: "The case is closed."
    },
    stages: {
      RECEIVED: "Received; waiting for the recommendation of the branch you named.",
      UNDER_REVIEW: "Under review by the Liaison Department.",
      MORE_INFORMATION_NEEDED: "The Liaison Department needs more information from you.",
      ON_THE_AGENDA: "Forwarded; on the agenda of the Council or the Standing Council.",
      FILED_WITH_CAST: "Approved by the Council; filed with the China Association for Science and Technology.",
      ADOPTED: "Adopted; you are being entered in the register.",
      ADMITTED: "Admitted: welcome to the Association.",
      REJECTED: "Rejected.",
      DECLINED: "The branch you named declined to recommend the application.",
      LAPSED: "Lapsed: no answer to the request for more information within 30 days.",
      CLOSED: "Closed."
    }
  },
  "zh-CN": {
    title: "申请入会",
    association: "中国高科技产业化研究会",
    intro: "拥护本会章程、在高科技产业化领域具有一定影响的个人、单位和外籍专家可以申请入会。带 * 的为必填项。我们将以本页所用语言与您联系（可在上方切换）。",
    applicantKind: "申请类别 *",
    kindINDIVIDUAL: "个人会员", kindUNIT: "单位会员（企业、科研院所、高校）", kindFOREIGN: "外籍会员",
    applicantName: "姓名或单位名称 *",
    email: "电子邮箱 *", phone: "联系电话 *",
    identityNumber: "居民身份证号码（外籍专家填写护照号码） *",
    creditCode: "统一社会信用代码 *",
    idForm: "居民身份证号码为 18 位：17 位数字加 1 位数字或 X（外籍专家请填写护照号码）。",
    idBirthDate: "身份证号码第 7 至 14 位的出生日期不是真实日期或晚于今天。",
    idCheckDigit: "身份证号码末位校验码不符，请核对号码。",
    codeForm: "统一社会信用代码为 18 位数字或大写字母（不含 I、O、S、V、Z），第 3 至 8 位为数字。",
    codeCheck: "统一社会信用代码末位校验码不符，请核对代码。",
    organisation: "工作单位 *", field: "从事领域 *",
    statement: "在本领域的影响（20 至 4000 字）*",
    branch: "推荐分支机构（可不填）", noBranch: "无：直接申请",
    supportsCharter: "本人（本单位）拥护本会章程。*",
    willingToJoin: "本人（本单位）自愿加入本会。*",
    privacyFull: "阅读告知全文：谁可查看、保存多久、您的权利",
    privacyVersion: "版本 {0}",
    privacyConsent: "我已阅读《个人信息处理告知》（版本 {0}），同意本会按告知处理本人（本单位）的个人信息。*",
    identityNumberConsent: "我单独同意本会为区分申请人和会员处理我的身份证件号码（敏感个人信息）。*",
    privacyUnavailable: "未能载入《个人信息处理告知》；未经同意，申请不予受理。请刷新本页。",
    submit: "提交申请",
    sending: "正在提交…",
    fixFields: "请按下方提示修改。",
    receiptTitle: "您的申请已收到",
    receiptCase: "案件编号", receiptSecret: "回执密码",
    receiptNote: "请妥善保存案件编号和回执密码（可立即复制或打印）：查询申请需要两者，回执密码只显示这一次，本会不保存，也无法再次显示；如遗失，可在查询页面申领新密码，发至您的电子邮箱。",
    oneOpen: "每人（每单位）同时只能有一份在办申请：如以同一身份证件号码或统一社会信用代码提交的申请仍在办理中，本会不再另行受理。此时本页仍会显示回执，本会将发电子邮件至原申请所留的邮箱告知；请凭原申请的案件编号和回执密码查询进度。本页不会向任何人透露某人是否已提出申请。",
    statusLink: "查询申请进度",
    statusTitle: "我的申请进展如何？",
    caseNumber: "案件编号", secret: "回执密码", lookup: "查询",
    notFound: "没有与此案件编号和回执密码相符的申请。",
    stage: "进度", branchName: "分支机构", informationRequested: "需补充的材料", answerBy: "答复期限",
    membershipNumber: "会员编号", reason: "理由", resolutionNumber: "决议编号",
    answerTitle: "您的答复", sendAnswer: "提交答复", answerSent: "谢谢，您的答复已记录。",
    answerProblem: "答复应为 1 至 4000 字。",
    tooMany: "来自您地址的申请过多，请在 {0} 秒后再试。",
    failed: "申请未能提交，请稍后再试。",
    copy: "复制", print: "打印", copied: "已复制。",
    statusWithSecret: "查询我的申请（此链接含回执密码，请勿外传）",
    statusLinkNote: "将此链接加入书签，即可无需输入密码查询申请。密码位于网址 # 之后的部分，浏览器不会将其发送给任何服务器。",
    lostSecret: "遗失回执密码？",
    lostTitle: "申领新的回执密码",
    lostIntro: "请填写案件编号和申请时所填的电子邮箱。如二者相符，本会将新的回执密码发往该邮箱，原密码随即失效。",
    lostEmail: "申请时所填的电子邮箱",
    sendSecret: "发送新密码",
    ownDataTitle: "您的个人信息",
    ownDataIntro: "下载本会保存的您的全部个人信息（JSON 文件），或请求本会更正、删除：秘书处将在法定期限内以电子邮件答复。",
    downloadData: "下载我的个人信息", askChange: "申请更正或删除",
    requestKind: "我请求", kindCorrection: "更正", kindDeletion: "删除",
    requestDetail: "要更正或删除的信息（及正确的信息）",
    sendRequest: "提交请求",
    requestProblem: "请写明要更正或删除的信息（1 至 2000 字）。",
    requestSent: "已收到您的请求 {0}。秘书处最迟于{1}以电子邮件答复您。",
    lostSent: "如案件编号与电子邮箱同该申请相符，新的回执密码已发往该邮箱，原密码随即失效；否则不会发送任何邮件。为保护申请人，本页不显示二者是否相符。",
    lostProblem: "请填写案件编号和申请时所填的电子邮箱。",
    tooManyLookups: "来自您地址的尝试过多，请在 {0} 秒后再试。",
    stepsTitle: "办理进程", nextTitle: "下一步",
    steps: {
      RECEIVED: "申请已受理",
      RECOMMENDED: "分支机构已推荐",
      REVIEW_STARTED: "联络部开始审核",
      INFORMATION_REQUESTED: "请您补充材料",
      INFORMATION_PROVIDED: "已收到您的答复",
      ON_THE_AGENDA: "已列入理事会或常务理事会议程",
      DECIDED: "理事会或常务理事会已作出决定",
      FILED_WITH_CAST: "已报中国科学技术协会备案",
      ADMITTED: "已入会：已编会员编号",
      REJECTED: "未获通过",
      DECLINED: "分支机构未予推荐",
      LAPSED: "未答复，申请已失效",
      CLOSED: "已关闭"
    },
    next: {
      RECEIVED: "由您所选的分支机构决定是否推荐。推荐后由联络部审核；不推荐时本会将发邮件告知您。",
      UNDER_REVIEW: "联络部正在审核您的申请，可能请您补充材料（请在 30 天内于本页答复）；审核后提交理事会或常务理事会审议，或不予通过并告知理由。",
      MORE_INFORMATION_NEEDED: "请在所示期限前于下方答复，逾期未答复申请即失效。",
      ON_THE_AGENDA: "理事会或常务理事会将在下次会议上作出决定，本会将发邮件告知结果。",
      FILED_WITH_CAST: "中国科学技术协会审查备案材料，批准后即登记入会。",
      ADOPTED: "正在登记入会、编发会员编号和会员证，本会将发邮件告知。",
      ADMITTED: "无需再办：您已是本会会员，会员编号见上方。",
      REJECTED: "本案已办结。您可以重新申请。",
      DECLINED: "本案已办结。您可以重新申请，直接申请或经其他分支机构推荐均可。",
      LAPSED: "本案已办结。您可以重新申请。",
      CLOSED: "本案已办结。"
    },
    stages: {
      RECEIVED: "已收到；等待您所选分支机构的推荐。",
      UNDER_REVIEW: "联络部正在审核。",
      MORE_INFORMATION_NEEDED: "联络部需要您补充材料。",
      ON_THE_AGENDA: "已提交理事会或常务理事会审议。",
      FILED_WITH_CAST: "理事会已批准；已报中国科学技术协会备案。",
      ADOPTED: "已通过；正在登记入会。",
      ADMITTED: "已入会：欢迎加入本会。",
      REJECTED: "未获通过。",
      DECLINED: "您所选的分支机构未予推荐。",
      LAPSED: "已失效：30 天内未收到补充材料。",
      CLOSED: "已关闭。"
    },
    problems: {
      applicantKind: "请选择申请类别。",
      applicantName: "请填写姓名或单位名称（2 至 100 字）。",
      email: "请填写有效的电子邮箱，例如 name@example.org。",
      phone: "请填写 6 至 20 位的电话号码（可含空格、连字符，可以 + 开头）。",
      organisation: "请填写工作单位（2 至 200 字）。",
      field: "请填写从事领域（2 至 100 字）。",
      statement: "请说明在本领域的影响（20 至 4000 字）。",
      supportsCharter: "会员须拥护本会章程（入会条件一）。",
      willingToJoin: "会员须有加入本会的意愿（入会条件二）。",
      branch: "请选择本会的分支机构；外籍会员直接申请，不经分支机构。"
    }
  }
};

function language() {
  const chosen = localStorage.getItem("language");
  if (chosen && TEXTS[chosen]) return chosen;
  return (navigator.language || "en").toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

function t(key) {
  return TEXTS[language()][key] ?? TEXTS.en[key];
}

function problemText(field, serverMessage) {
  const problems = TEXTS[language()].problems;
  if (problems && problems[field]) return problems[field];
  return serverMessage; // the server answers in the page's language (the cookie below)
}

function translatePage() {
  document.documentElement.lang = language();
  document.cookie = "governance.language=" + (language().startsWith("zh") ? "zh" : "en") + "; path=/; SameSite=Lax";
  document.querySelectorAll("[data-text]").forEach(element => { element.textContent = t(element.dataset.text); });
  document.title = t(document.body.dataset.title) + " · " + t("association");
  const other = language() === "en" ? "zh-CN" : "en";
  const toggle = document.getElementById("language");
  toggle.textContent = other === "en" ? "English" : "中文";
  toggle.onclick = () => { localStorage.setItem("language", other); translatePage(); document.dispatchEvent(new Event("language")); };
}
