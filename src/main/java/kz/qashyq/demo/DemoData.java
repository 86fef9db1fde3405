package kz.qashyq.demo;

import java.util.List;

import kz.qashyq.demo.internal.DemoAccounts;
import kz.qashyq.demo.internal.DemoFactsResolver;

import org.springframework.stereotype.Service;

/**
 * The demo data's face: whether it is loaded, its accounts and the ids of its notable
 * rows.
 */
@Service
public class DemoData {

	private final DemoFactsResolver resolver;

	private volatile DemoFacts facts;

	DemoData(DemoFactsResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * Whether this database holds the demo data.
	 */
	public boolean isLoaded() {
		return this.facts != null || this.resolver.academicYear().isPresent();
	}

	/**
	 * The ids of the demo data's notable rows (looked up once, then kept).
	 * @throws IllegalStateException when this database holds no demo data (demo mode off,
	 * or organizations existed before the first start)
	 */
	public DemoFacts facts() {
		DemoFacts result = this.facts;
		if (result == null) {
			result = this.resolver.resolve()
				.orElseThrow(() -> new IllegalStateException("This database holds no demo data"));
			this.facts = result;
		}
		return result;
	}

	/**
	 * The demo accounts (password {@link DemoAccount#PASSWORD}); they exist only where
	 * the demo data was loaded.
	 */
	public List<DemoAccount> accounts() {
		return DemoAccounts.ALL;
	}

}
