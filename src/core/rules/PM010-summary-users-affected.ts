// PM010: the summary says how many users were affected.
import { summaryFactRule } from './summaryFact';

/** A share of users: "30%", "30 percent", "all users", "most customers". */
export const summaryUsersAffected = summaryFactRule({
  id: 'PM010',
  name: 'summary-users-affected',
  check: 'percent-users',
  description: 'The summary says what share of users was affected ("35% of users", "all customers").',
  message: 'does not say what share of users was affected (e.g. "35% of users")',
  has: (f) => f.percentUsers !== undefined,
});
