package org.gongkai.site;

import java.util.List;

/** The result of comparing the served files with the manifest (网页防篡改). */
public record SiteIntegrity(String generation, int files, List<String> mismatches) {
}
