package cn.chia.governance.charter;

import java.util.Objects;

/**
 * Why a quorum was met or not, or a resolution adopted or not, as numbers that read in either language:
 * "Quorum not met: 60 of 90 directors present; more than two thirds requires at least 61." and
 * "未达法定人数：90 名理事中 60 名出席；超过三分之二需至少 61 名。". {@code count} is those present (quorum) or the
 * votes in favour (resolution); {@code of} the seats (quorum) or those present (resolution).
 */
public record Reason(Kind kind, Body body, int count, int of, Comparison comparison, Fraction fraction, int required) {

    public enum Kind { QUORUM_MET, QUORUM_NOT_MET, ADOPTED, REJECTED }

    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(fraction, "fraction");
    }

    public String in(Language language) {
        return language == Language.ZH ? chinese() : english();
    }

    private String english() {
        String threshold = comparison.words() + " " + fraction.words() + " requires at least " + required + ".";
        return switch (kind) {
            case QUORUM_MET, QUORUM_NOT_MET -> (kind == Kind.QUORUM_MET ? "Quorum met: " : "Quorum not met: ") + count
                    + " of " + body.members(of) + " present; " + threshold;
            case ADOPTED, REJECTED -> (kind == Kind.ADOPTED ? "Adopted: " : "Rejected: ") + count + " of "
                    + body.members(of) + " present voted in favour; " + threshold;
        };
    }

    private String chinese() {
        String threshold = comparison.chineseWords() + fraction.chineseWords() + "需至少 " + required + " 名。";
        return switch (kind) {
            case QUORUM_MET, QUORUM_NOT_MET -> (kind == Kind.QUORUM_MET ? "已达法定人数：" : "未达法定人数：") + of + " 名"
                    + body.chineseMemberNoun() + "中 " + count + " 名出席；" + threshold;
            case ADOPTED, REJECTED -> (kind == Kind.ADOPTED ? "通过：" : "未通过：") + "出席的 " + of + " 名"
                    + body.chineseMemberNoun() + "中 " + count + " 名赞成；" + threshold;
        };
    }
}
