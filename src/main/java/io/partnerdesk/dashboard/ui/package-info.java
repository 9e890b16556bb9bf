/** The dashboard page bean. */
package io.partnerdesk.dashboard.ui;
