/**
 * Messages to the team's channels (chat webhooks, email) and to single people: queued, delivered in the
 * background, retried and recorded ({@link org.tomatic.notifications.Notifier},
 * {@link org.tomatic.notifications.Notification}, {@link org.tomatic.notifications.Deliveries},
 * {@link org.tomatic.notifications.Delivery}), with editable message templates, "Tomatic says"
 * ({@link org.tomatic.notifications.Says}) and the triggers that listen to timetable, planner and pbx events
 * (internal sub-packages, as are the channels). Stats sends its daily report through {@code Notifier}; the cli
 * uses {@code Says} and {@code Deliveries}.
 */
package org.tomatic.notifications;
