/** Partner organisations, reseller partnerships and support offerings. */
package io.partnerdesk.partner;
