/**
 * Directory: the territory (Republic, regions, districts, settlements), organizations,
 * classes and groups, people (learners, parents, staff), parent links, social flags and
 * roster import. Everything else reads it through {@link kz.qashyq.directory.Directory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package kz.qashyq.directory;
