/** Every organisation of the installation (partners and customers) and the directory groups that name their people. */
package io.partnerdesk.organisation;
