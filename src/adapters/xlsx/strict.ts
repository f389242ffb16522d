/**
 * Strict OOXML (ISO/IEC 29500 Strict) names its namespaces and relationship types under
 * purl.oclc.org. A Strict package keeps them: the writer never mixes in Transitional names.
 */
export const NS_STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const NS_STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships";
