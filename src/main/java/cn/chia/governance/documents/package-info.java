/**
 * The documents the Secretariat files and sends: the minutes of a meeting and each resolution as PDF, a member's
 * certificate, the annual work report (年度工作报告) as PDF and XLSX. Chinese first, English beside it when
 * {@code governance.documents.english} asks; made with OpenPDF and Apache POI, the PDFs in the embedded font
 * {@code fonts/wqy-microhei.ttf} (the subset their text uses); nothing is fetched at run time. Reads the register; knows
 * nothing of the web, which alone uses it.
 */
package cn.chia.governance.documents;
