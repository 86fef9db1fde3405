package kz.qashyq.content.internal;

/**
 * A material as the form sends it; all fields may be null.
 *
 * @param kind {@code FILE}, {@code LINK} or {@code TEXT}
 * @param title the title
 * @param topic the topic it covers
 * @param form the form of learning ({@code LearningForm})
 * @param language {@code kk}, {@code ru} or {@code en}
 * @param licence the licence (e.g. CC BY 4.0)
 * @param url the address of a link
 * @param body the text of a text page
 */
public record MaterialForm(String kind, String title, String topic, String form, String language, String licence,
		String url, String body) implements java.io.Serializable {

	public static MaterialForm empty() {
		return new MaterialForm("LINK", "", "", "", "kk", "", "", "");
	}

}
