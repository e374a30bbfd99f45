/**
 * Shared infrastructure every module stands on: the data directory, the embedded PostgreSQL, the clock, and the
 * domain exceptions that the web layers map to HTTP problem details. Holds no domain concept of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongkai.platform;
