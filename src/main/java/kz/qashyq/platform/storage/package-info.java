/**
 * The file storage port: every uploaded file (submissions, e-learning materials,
 * recordings) is checked by content rather than by name, limited in size per kind, stored
 * whole under the hash of its content and acknowledged with a record, or rejected with a
 * translated reason. The default store is a local folder; see {@code docs/storage.md} for
 * an S3-compatible store in production.
 */
package kz.qashyq.platform.storage;
