/**
 * The staff back office shell: layout, navigation and the dashboard that brings the modules' figures together.
 * Feature pages live in their own modules under {@code /admin/**}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin")
package org.gongkai.admin;
