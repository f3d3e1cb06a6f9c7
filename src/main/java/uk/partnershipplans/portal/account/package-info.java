/** Accounts, sign-in, roles, lock-out, password rules and security rules; AccountDirectory tells other modules who may write updates. */
@ApplicationModule(allowedDependencies = {"partner", "shared", "history"})
package uk.partnershipplans.portal.account;

import org.springframework.modulith.ApplicationModule;
