// Debian builds libxml2 with ICU; its headers clash with Foundation's bundled ICU.
// EvalKit never uses libxml2's ICU converters, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlIO.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
