package cn.chia.governance.charter;

/** Whether a member should resign for consecutive unexcused absences, why, and which clause says so. */
public record ResignationCheck(boolean due, String reason, String clause) {
}
