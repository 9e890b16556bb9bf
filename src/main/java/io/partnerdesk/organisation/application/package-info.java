/** Accounts and membership: the account a directory identity becomes at sign-in, the people of an organisation read from the directory, the rules a directory group passes before it names an organisation, and the operator's use cases on them. */
package io.partnerdesk.organisation.application;
