<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mixscope::AnalyzeCommand</name>
    <message numerus="yes">
        <source>
Feedback sheet written to %1 (%n page(s)).
</source>
        <translation>
            <numerusform>
Feedback sheet written to %1 (%n page).
</numerusform>
            <numerusform>
Feedback sheet written to %1 (%n pages).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::Diagnosis</name>
    <message numerus="yes">
        <source>%1 flat-topped peaks (%2 samples held at %3 dBFS) where the waveform was cut off, in %n place(s) of the song.</source>
        <translation>
            <numerusform>%1 flat-topped peaks (%2 samples held at %3 dBFS) where the waveform was cut off, in %n place of the song.</numerusform>
            <numerusform>%1 flat-topped peaks (%2 samples held at %3 dBFS) where the waveform was cut off, in %n places of the song.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::MainWindow</name>
    <message numerus="yes">
        <source>%n track(s) analysed</source>
        <translation>
            <numerusform>%n track analysed</numerusform>
            <numerusform>%n tracks analysed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be analysed</source>
        <translation>
            <numerusform>%n file could not be analysed</numerusform>
            <numerusform>%n files could not be analysed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::ProfileCommand</name>
    <message numerus="yes">
        <source>Profile “%1”: %n track(s), written to %2 (%3)
</source>
        <translation>
            <numerusform>Profile “%1”: %n track, written to %2 (%3)
</numerusform>
            <numerusform>Profile “%1”: %n tracks, written to %2 (%3)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) added.
</source>
        <translation>
            <numerusform>%n track added.
</numerusform>
            <numerusform>%n tracks added.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1”, made %2, %n track(s):
</source>
        <translation>
            <numerusform>Profile “%1”, made %2, %n track:
</numerusform>
            <numerusform>Profile “%1”, made %2, %n tracks:
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::ProfileDistance</name>
    <message numerus="yes">
        <source>Most like your “%1” references (%n track(s)): %2.</source>
        <translation>
            <numerusform>Most like your “%1” references (%n track): %2.</numerusform>
            <numerusform>Most like your “%1” references (%n tracks): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your “%1” references (%n track(s)): %2.</source>
        <translation>
            <numerusform>Your “%1” references (%n track): %2.</numerusform>
            <numerusform>Your “%1” references (%n tracks): %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::ProfilesMenu</name>
    <message numerus="yes">
        <source>%1 (%n track(s))</source>
        <translation>
            <numerusform>%1 (%n track)</numerusform>
            <numerusform>%1 (%n tracks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference track(s). Name the profile, e.g. after the style:</source>
        <translation>
            <numerusform>%n reference track. Name the profile, e.g. after the style:</numerusform>
            <numerusform>%n reference tracks. Name the profile, e.g. after the style:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1” saved: %n track(s). Find it in the Profiles menu.</source>
        <translation>
            <numerusform>Profile “%1” saved: %n track. Find it in the Profiles menu.</numerusform>
            <numerusform>Profile “%1” saved: %n tracks. Find it in the Profiles menu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::ScoreCard</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>against %n reference(s), loudness-matched</source>
        <translation>
            <numerusform>against %n reference, loudness-matched</numerusform>
            <numerusform>against %n references, loudness-matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference file(s)</source>
        <translation>
            <numerusform>%n reference file</numerusform>
            <numerusform>%n reference files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile “%1” (%n track(s))</source>
        <translation>
            <numerusform>the profile “%1” (%n track)</numerusform>
            <numerusform>the profile “%1” (%n tracks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::SessionFiles</name>
    <message numerus="yes">
        <source>Analysing %n file(s)…</source>
        <translation>
            <numerusform>Analysing %n file…</numerusform>
            <numerusform>Analysing %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::TrackAnalyzer</name>
    <message numerus="yes">
        <source>%1 sample(s) were not valid audio values (NaN, infinite or beyond +24 dBFS) and were treated as silence</source>
        <translation>
            <numerusform>%1 sample was not a valid audio value (NaN, infinite or beyond +24 dBFS) and was treated as silence</numerusform>
            <numerusform>%1 samples were not valid audio values (NaN, infinite or beyond +24 dBFS) and were treated as silence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged block(s) in the audio data were skipped</source>
        <translation>
            <numerusform>%n damaged block in the audio data was skipped</numerusform>
            <numerusform>%n damaged blocks in the audio data were skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::TrackListModel</name>
    <message numerus="yes">
        <source>%n track(s), no audio</source>
        <translation>
            <numerusform>%n track, no audio</numerusform>
            <numerusform>%n tracks, no audio</numerusform>
        </translation>
    </message>
</context>
</TS>
