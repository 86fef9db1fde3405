package kz.qashyq.journal;

/**
 * The kind of a journal entry (A1-15f). For the 5-point term-mark rule of schools,
 * current marks count as formative assessment, intermediate attestation as the summative
 * assessment of a section, final attestation as the summative assessment of the term.
 */
public enum MarkKind {

	CURRENT, INTERMEDIATE_ATTESTATION, FINAL_ATTESTATION

}
