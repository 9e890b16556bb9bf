/** The page on which the operator's administrators see, change and clear organisations' directory groups. */
package io.partnerdesk.organisation.ui;
