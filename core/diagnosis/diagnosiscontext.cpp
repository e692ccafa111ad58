#include "core/diagnosis/diagnosiscontext.h"

#include "core/diagnosis/diagnosis.h"

namespace mixscope {

QString DiagnosisContext::againstText() const {
    if (references.size() == 1) {
        return Diagnosis::tr("your reference “%1”").arg(references.front()->tags.title);
    }
    return Diagnosis::tr("the average of your %1 references").arg(references.size());
}

} // namespace mixscope
