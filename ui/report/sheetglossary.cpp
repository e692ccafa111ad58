#include "ui/report/sheetglossary.h"

namespace mixscope {

std::vector<std::pair<QString, QString>> SheetGlossary::entries() {
    return {
        {tr("Integrated loudness (LUFS)"),
         tr("How loud the whole track feels, measured the way streaming services and "
            "broadcasters do (EBU R128). -14 LUFS is louder than -18 LUFS.")},
        {tr("Loudness matching"),
         tr("Louder always sounds better, so every reference is turned up or down to the mix's "
            "loudness before anything is compared. The match gain is how much.")},
        {tr("Loudness range (LU)"),
         tr("How much the loudness moves between the quiet and the loud parts of the song.")},
        {tr("True peak (dBTP)"),
         tr("The highest level the waveform reaches, also between samples, as a converter or "
            "an MP3 encoder sees it. Above -1 dBTP lossy encoding can clip.")},
        {tr("PLR and PSR (dB)"),
         tr("Peak-to-loudness ratio: true peak minus loudness, the room the peaks have; PSR is "
            "the same moment by moment. Limited masters sit near 8 dB, open mixes at 14 dB and "
            "above.")},
        {tr("Crest factor (dB)"), tr("Peak minus RMS level, sample by sample: PLR's cousin.")},
        {tr("Spectrum difference (dB)"),
         tr("How much energy sits in each third of an octave, compared after loudness matching: "
            "above 0 the mix has more there than the references.")},
        {tr("Correlation"),
         tr("How alike left and right are: +1 is mono, around 0 wide, below 0 parts cancel when "
            "the mix is played in mono. Low-end correlation looks below 150 Hz only, where bass "
            "should be close to +1.")},
        {tr("Width (side − mid, dB)"),
         tr("How loud the stereo difference is against the centre, band by band: -20 dB is "
            "narrow, 0 dB as much side as centre.")},
        {tr("Sections"),
         tr("Parts of the song (intro, verse, chorus, …) guessed from loudness and timbre; "
            "findings give the times where they are worst.")},
        {tr("Severity"),
         tr("Problem: fix it before mastering or release. Warning: worth a listen and probably a "
            "move. Info: good to know.")},
    };
}

} // namespace mixscope
