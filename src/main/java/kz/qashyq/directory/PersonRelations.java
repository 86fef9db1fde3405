package kz.qashyq.directory;

import java.util.List;

/**
 * What a person is to the directory, the basis of the grants that follow from it: the
 * classes or groups they lead and teach, the children they are a parent of, and their own
 * learner record.
 *
 * @param supervisedGroups classes or groups the person is currently class teacher or
 * curator of
 * @param taughtGroups classes or groups the person teaches
 * @param children learners the person is a parent or legal representative of
 * @param learnerId the person's own learner record, or null
 */
public record PersonRelations(List<Long> supervisedGroups, List<Long> taughtGroups, List<Long> children,
		Long learnerId) {

}
