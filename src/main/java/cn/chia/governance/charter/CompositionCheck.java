package cn.chia.governance.charter;

/** Whether a composition rule of the charter is satisfied, why, and which clause says so. */
public record CompositionCheck(boolean ok, String reason, String clause) {
}
