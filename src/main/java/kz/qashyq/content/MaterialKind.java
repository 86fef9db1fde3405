package kz.qashyq.content;

/**
 * The kinds of material in the knowledge bank: a stored file, a link to an external
 * resource or an e-textbook, or a plain-text page.
 */
public enum MaterialKind {

	FILE, LINK, TEXT

}
