package kz.qashyq.platform.i18n;

/**
 * A name kept in Kazakh, Russian and English; renders in the current request's language.
 */
public record LocalizedName(String kk, String ru, String en) {

	public String current() {
		return Languages.pick(this.kk, this.ru, this.en);
	}

	@Override
	public String toString() {
		return current();
	}

}
