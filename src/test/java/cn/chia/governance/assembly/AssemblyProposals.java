package cn.chia.governance.assembly;

import static cn.chia.governance.assembly.AssemblyMatterCase.DETAILS;
import static cn.chia.governance.assembly.AssemblyMatterCase.DOCUMENT_REFERENCE;
import static cn.chia.governance.assembly.AssemblyMatterCase.FEE_STANDARD;
import static cn.chia.governance.assembly.AssemblyMatterCase.MATTER_KIND;
import static cn.chia.governance.assembly.AssemblyMatterCase.MATTER_TITLE;
import static cn.chia.governance.assembly.AssemblyMatterCase.REMOVED_ROSTER_NUMBERS;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The variables a matter of the General Assembly starts with, as the Secretariat's start form sends them:
 * {@code AssemblyProposals.of("ARTICLES_AMENDMENT").build()}, {@code AssemblyProposals.aRemoval(12, 15).build()},
 * {@code AssemblyProposals.aFeeStandard("个人会员每年 200 元").build()}. A title and a document reference are filled in.
 */
public final class AssemblyProposals {

    private final Map<String, Object> variables = new LinkedHashMap<>();

    private AssemblyProposals(String kind) {
        variables.put(MATTER_KIND, kind);
        variables.put(MATTER_TITLE, "关于" + kind + "的议案");
        variables.put(DOCUMENT_REFERENCE, "中高产会〔2026〕12号");
    }

    /** A matter of that kind, as typed (also one the charter does not know). */
    public static AssemblyProposals of(String kind) {
        return new AssemblyProposals(kind);
    }

    public static AssemblyProposals anAmendment() {
        return of("ARTICLES_AMENDMENT").titled("关于修改《中国高科技产业化研究会章程》的议案");
    }

    public static AssemblyProposals aTermination() {
        return of("TERMINATION").titled("关于研究会终止的议案");
    }

    public static AssemblyProposals aRemoval(long... rosterNumbers) {
        return of("REMOVAL_FROM_OFFICE").titled("关于罢免理事、监事的议案").removing(LongStream.of(rosterNumbers)
                .mapToObj(String::valueOf).collect(Collectors.joining(", ")));
    }

    public static AssemblyProposals aFeeStandard(String standard) {
        return of("FEE_STANDARD").titled("关于修订会费标准的议案").with(FEE_STANDARD, standard);
    }

    public AssemblyProposals titled(String title) {
        return with(MATTER_TITLE, title);
    }

    public AssemblyProposals reference(String reference) {
        return with(DOCUMENT_REFERENCE, reference);
    }

    /** The roster numbers as typed. */
    public AssemblyProposals removing(String rosterNumbers) {
        return with(REMOVED_ROSTER_NUMBERS, rosterNumbers);
    }

    public AssemblyProposals details(String details) {
        return with(DETAILS, details);
    }

    public AssemblyProposals with(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    /** Leaves the field out, as a REST client may. */
    public AssemblyProposals without(String field) {
        variables.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(variables);
    }
}
