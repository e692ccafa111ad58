#include "core/diagnosis/diagnosiscontext.h"

#include "core/common/units.h"
#include "core/diagnosis/diagnosis.h"
#include "core/diagnosis/thresholds.h"

namespace mixscope {

QString DiagnosisContext::againstText() const {
    if (references.size() == 1) {
        return Diagnosis::tr("your reference “%1”").arg(references.front()->tags.title);
    }
    return Diagnosis::tr("the average of your %1 references").arg(references.size());
}

QString DiagnosisContext::versionAgainstText(std::size_t reference) const {
    return Diagnosis::tr("your reference “%1”").arg(references.at(reference)->tags.title);
}

QString DiagnosisContext::versionText(std::size_t reference) const {
    return QLatin1Char(' ') +
           Diagnosis::tr("“%1” matches the mix within %2 dB everywhere else: it is a version of "
                         "this mix, so your other references do not outvote it.")
               .arg(references.at(reference)->tags.title)
               .arg(Units::number(thresholds::kVersionSpreadDb, 0));
}

} // namespace mixscope
