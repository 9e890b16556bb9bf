/** The page beans of the support pages (support/*.xhtml, my/request*.xhtml) and their formatting helper. */
package io.partnerdesk.support.ui;
