package kz.qashyq.schedule.internal.tv;

import java.io.Serializable;
import java.util.List;

/**
 * The problems of the last refused import, kept in the user's session for the error
 * report download.
 */
public record TvImportErrors(List<TvImportError> errors) implements Serializable {

	public TvImportErrors {
		errors = List.copyOf(errors);
	}

}
