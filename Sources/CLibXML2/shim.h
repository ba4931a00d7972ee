// What Swift needs from libxml2: its SAX2 push parser and its error records.
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the copy Foundation carries. Only
// xmlCharEncodingHandler's layout depends on it, and it is reached through pointers alone here.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#endif
