<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Open the built-in demo session.</source>
        <translation>Die mitgelieferte Demo-Session öffnen.</translation>
    </message>
    <message>
        <source>Your mix, then reference tracks.</source>
        <translation>Dein Mix, danach Referenztracks.</translation>
    </message>
    <message>
        <source>Compares your mix with reference tracks, loudness-matched, and tells you what stands between them.

Command line report: mixscope analyze MIX [--ref REF]... [--profile FILE] [--json FILE|-] [--pdf FILE] [--compact] [--quiet]
(see mixscope analyze --help)
Reference profiles: mixscope profile create NAME FILE|FOLDER... -o FILE [--add]; mixscope profile show FILE</source>
        <translation>Vergleicht deinen Mix lautheitsangeglichen mit Referenztracks und sagt dir, was ihn noch von ihnen trennt.

Bericht auf der Kommandozeile: mixscope analyze MIX [--ref REF]... [--profile DATEI] [--json DATEI|-] [--pdf DATEI] [--compact] [--quiet]
(siehe mixscope analyze --help)
Referenzprofile: mixscope profile create NAME DATEI|ORDNER... -o DATEI [--add]; mixscope profile show DATEI</translation>
    </message>
</context>
<context>
    <name>mixscope::AnalyzeCommand</name>
    <message>
        <source>Analysing: %1</source>
        <translation>Analyse: %1</translation>
    </message>
    <message>
        <source>mixscope: analysing %1: %2%
</source>
        <translation>mixscope: analysiere %1: %L2 %
</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source> · match %1</source>
        <translation> · Pegelangleichung %1</translation>
    </message>
    <message>
        <source>
No mixdown problems found.
</source>
        <translation>
Keine Mixdown-Probleme gefunden.
</translation>
    </message>
    <message>
        <source>
Findings, worst first:
</source>
        <translation>
Befunde, die gravierendsten zuerst:
</translation>
    </message>
    <message>
        <source>      Where: %1
</source>
        <translation>      Wo: %1
</translation>
    </message>
    <message>
        <source>Measures a mix and its reference tracks the same way and writes a report.</source>
        <translation>Misst einen Mix und seine Referenztracks auf dieselbe Weise und schreibt einen Bericht.</translation>
    </message>
    <message>
        <source>A reference track to compare the mix with (repeatable).</source>
        <translation>Ein Referenztrack, mit dem der Mix verglichen wird (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Write the JSON report to FILE (- for stdout).</source>
        <translation>Den JSON-Bericht in DATEI schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the feedback sheet (score card, findings, charts) as a PDF to FILE.</source>
        <translation>Den Feedback-Bogen (Messwerte, Befunde, Diagramme) als PDF in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Print no progress and no summary.</source>
        <translation>Weder Fortschritt noch Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Your mix.</source>
        <translation>Dein Mix.</translation>
    </message>
    <message>
        <source>Try &apos;mixscope analyze --help&apos;.
</source>
        <translation>Siehe „mixscope analyze --help“.
</translation>
    </message>
    <message>
        <source>mixscope analyze: name your mix file, e.g. mixscope analyze mix.wav --ref reference.flac
</source>
        <translation>mixscope analyze: gib deine Mix-Datei an, z. B. mixscope analyze mix.wav --ref referenz.flac
</translation>
    </message>
    <message>
        <source>mixscope analyze: one mix only (got %1 files); give references with --ref
</source>
        <translation>mixscope analyze: nur ein Mix möglich (%L1 Dateien angegeben); Referenzen mit --ref angeben
</translation>
    </message>
    <message>
        <source>mixscope analyze: --pdf needs a file name
</source>
        <translation>mixscope analyze: --pdf braucht einen Dateinamen
</translation>
    </message>
    <message>
        <source>mixscope: %1: warning: %2
</source>
        <translation>mixscope: %1: Warnung: %2
</translation>
    </message>
    <message>
        <source>mixscope: cannot write the report to standard output
</source>
        <translation>mixscope: der Bericht kann nicht in die Standardausgabe geschrieben werden
</translation>
    </message>
    <message>
        <source>mixscope: no feedback sheet: the mix could not be analysed
</source>
        <translation>mixscope: kein Feedback-Bogen: der Mix konnte nicht analysiert werden
</translation>
    </message>
    <message>
        <source>mixscope: cannot write the feedback sheet to %1: %2
</source>
        <translation>mixscope: der Feedback-Bogen kann nicht in %1 geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>%1 · LRA %2 · %3 · PLR %4 · crest %5</source>
        <translation>%1 · LRA %2 · %3 · PLR %4 · Crestfaktor %5</translation>
    </message>
    <message numerus="yes">
        <source>
Feedback sheet written to %1 (%n page(s)).
</source>
        <translation>
            <numerusform>
Feedback-Bogen in %1 geschrieben (%n Seite).
</numerusform>
            <numerusform>
Feedback-Bogen in %1 geschrieben (%n Seiten).
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>mixscope: %1: this is one of the files to analyse; write the report or the sheet to another file
</source>
        <translation>mixscope: %1: Das ist eine der Dateien, die analysiert werden sollen; schreib den Bericht oder den Bogen in eine andere Datei
</translation>
    </message>
    <message>
        <source>Leave the series over time out of the JSON report (for batch use).</source>
        <translation>Die Verläufe über die Zeit im JSON-Bericht weglassen (für die Stapelverarbeitung).</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1 (Profil „%2“)</translation>
    </message>
    <message>
        <source>Usage: mixscope analyze MIX [--ref REF]... [--profile FILE] [--json FILE|-] [--pdf FILE] [--compact] [--quiet]</source>
        <translation>Aufruf: mixscope analyze MIX [--ref REF]... [--profile DATEI] [--json DATEI|-] [--pdf DATEI] [--compact] [--quiet]</translation>
    </message>
    <message>
        <source>A reference profile (mixscope profile create). The first one&apos;s tracks are references too; with several, they are ranked by how close the mix sits.</source>
        <translation>Ein Referenzprofil (mixscope profile create). Die Tracks des ersten sind ebenfalls Referenzen; bei mehreren wird gereiht, wie nah der Mix jedem ist.</translation>
    </message>
</context>
<context>
    <name>mixscope::AtomicFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the existing file is read-only</source>
        <translation>die vorhandene Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>der Ordner %1 ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>mixscope::AudioDecoder</name>
    <message>
        <source>it claims %1 audio channels (Mixscope reads 1 to %2)</source>
        <translation>die Datei gibt %L1 Audiokanäle an (Mixscope liest 1 bis %L2)</translation>
    </message>
    <message>
        <source>its sample rate of %1 Hz is outside what Mixscope reads (%2 to %3 Hz)</source>
        <translation>die Samplerate von %L1 Hz liegt außerhalb des Bereichs, den Mixscope liest (%L2 bis %L3 Hz)</translation>
    </message>
    <message>
        <source>the audio data is damaged (a block claims %1 channels at %2 Hz)</source>
        <translation>die Audiodaten sind beschädigt (ein Block gibt %L1 Kanäle bei %L2 Hz an)</translation>
    </message>
    <message>
        <source>its sample format cannot be converted (%1)</source>
        <translation>das Sampleformat kann nicht umgewandelt werden (%1)</translation>
    </message>
    <message>
        <source>the audio data could not be converted (%1)</source>
        <translation>die Audiodaten konnten nicht umgewandelt werden (%1)</translation>
    </message>
    <message>
        <source>the audio data is damaged (%1 unreadable blocks in a row)</source>
        <translation>die Audiodaten sind beschädigt (%L1 unlesbare Blöcke in Folge)</translation>
    </message>
    <message>
        <source>the file could not be read to the end (%1)</source>
        <translation>die Datei konnte nicht bis zum Ende gelesen werden (%1)</translation>
    </message>
    <message>
        <source>no audio could be decoded from it: the file is damaged or is not really %1 audio</source>
        <translation>es ließ sich kein Audio dekodieren: Die Datei ist beschädigt oder enthält nicht wirklich %1-Audio</translation>
    </message>
    <message>
        <source>the audio data is damaged (%1 % of the samples are not valid audio values)</source>
        <translation>die Audiodaten sind beschädigt (%L1 % der Samples sind keine gültigen Audiowerte)</translation>
    </message>
    <message>
        <source>the audio data is damaged (%1 unreadable blocks)</source>
        <translation>die Audiodaten sind beschädigt (%L1 unlesbare Blöcke)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not an audio file</source>
        <translation>das ist ein Ordner, keine Audiodatei</translation>
    </message>
    <message>
        <source>the file cannot be opened for reading (%1)</source>
        <translation>die Datei kann nicht zum Lesen geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>the file could not be read (input/output error)</source>
        <translation>die Datei konnte nicht gelesen werden (Ein-/Ausgabefehler)</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (its header cannot be read)</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (ihr Header ist nicht lesbar)</translation>
    </message>
    <message>
        <source>this is not an audio file Mixscope can read (the format was not recognised)</source>
        <translation>das ist keine Audiodatei, die Mixscope lesen kann (das Format wurde nicht erkannt)</translation>
    </message>
    <message>
        <source>the file is damaged (its stream information cannot be read)</source>
        <translation>die Datei ist beschädigt (ihre Stream-Informationen sind nicht lesbar)</translation>
    </message>
    <message>
        <source>the file is damaged (its audio stream cannot be read)</source>
        <translation>die Datei ist beschädigt (ihr Audiostream ist nicht lesbar)</translation>
    </message>
    <message>
        <source>its audio codec (%1) cannot be decoded by this build</source>
        <translation>der Audiocodec der Datei (%1) kann von dieser Mixscope-Version nicht dekodiert werden</translation>
    </message>
    <message>
        <source>this is an image, not an audio file</source>
        <translation>das ist ein Bild, keine Audiodatei</translation>
    </message>
    <message>
        <source>this is not an audio file: it contains no audio (it reads as &quot;%1&quot;)</source>
        <translation>das ist keine Audiodatei, denn sie enthält kein Audio (erkannt als „%1“)</translation>
    </message>
    <message>
        <source>its audio codec (%1) cannot be opened</source>
        <translation>der Audiocodec der Datei (%1) kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the file cannot be played from another position (%1)</source>
        <translation>die Datei kann nicht ab einer anderen Position abgespielt werden (%1)</translation>
    </message>
    <message>
        <source>it is a link to a file that does not exist</source>
        <translation>das ist eine Verknüpfung auf eine Datei, die es nicht gibt</translation>
    </message>
    <message>
        <source>there is no permission to open the folder it is in</source>
        <translation>es fehlt die Berechtigung, den Ordner zu öffnen, in dem sie liegt</translation>
    </message>
    <message>
        <source>this is a pipe or a device, not an audio file</source>
        <translation>das ist eine Pipe oder ein Gerät, keine Audiodatei</translation>
    </message>
    <message>
        <source>there is no permission to read the file</source>
        <translation>es fehlt die Berechtigung, die Datei zu lesen</translation>
    </message>
</context>
<context>
    <name>mixscope::AudioOutput</name>
    <message>
        <source>There is no audio output device.</source>
        <translation>Es ist kein Audio-Ausgabegerät vorhanden.</translation>
    </message>
    <message>
        <source>The audio device %1 plays neither float nor 16-bit stereo at %2 Hz.</source>
        <translation>Das Audiogerät %1 gibt weder Float noch 16-Bit-Stereo mit %L2 Hz wieder.</translation>
    </message>
    <message>
        <source>The audio device stopped (%1).</source>
        <translation>Das Audiogerät hat die Wiedergabe abgebrochen (%1).</translation>
    </message>
    <message>
        <source>The audio device %1 cannot be opened.</source>
        <translation>Das Audiogerät %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The audio device %1 is not connected.</source>
        <translation>Das Audiogerät %1 ist nicht angeschlossen.</translation>
    </message>
    <message>
        <source>The audio device %1 does not answer.</source>
        <translation>Das Audiogerät %1 antwortet nicht.</translation>
    </message>
</context>
<context>
    <name>mixscope::DemoSession</name>
    <message>
        <source>the demo files cannot be written to %1 (%2)</source>
        <translation>die Demo-Dateien können nicht in %1 geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>mixscope::Diagnosis</name>
    <message>
        <source>%1–%2 dB</source>
        <translation>%L1–%L2 dB</translation>
    </message>
    <message>
        <source>your reference “%1”</source>
        <translation>deiner Referenz „%1“</translation>
    </message>
    <message>
        <source>the average of your %1 references</source>
        <translation>dem Durchschnitt deiner %L1 Referenzen</translation>
    </message>
    <message>
        <source> (%1 to %2 dB against each)</source>
        <translation> (%1 bis %2 dB je nach Referenz)</translation>
    </message>
    <message>
        <source>Muddy low-mids</source>
        <translation>Mulmige untere Mitten</translation>
    </message>
    <message>
        <source>Cut %1 around %2 with a wide bell (Q about 1) on the parts that pile up there (pads, guitars, keys, the low end of vocals) and high-pass everything that is not bass or kick at 100–150 Hz.</source>
        <translation>Nimm %1 bei etwa %2 heraus, mit einem breiten Glockenfilter (Q etwa 1) auf den Spuren, die sich dort stapeln (Pads, Gitarren, Keys, der untere Bereich der Vocals). Setze außerdem bei allem, was nicht Bass oder Kick ist, einen Hochpass bei 100–150 Hz.</translation>
    </message>
    <message>
        <source>Boxy mids</source>
        <translation>Pappige Mitten</translation>
    </message>
    <message>
        <source>Cut %1 around %2 with a bell (Q 1–2) on whatever sounds like a cardboard box when you solo that band: snare and tom close mics, acoustic guitars, vocals recorded in a small room.</source>
        <translation>Nimm %1 bei etwa %2 heraus, mit einem Glockenfilter (Q 1–2) auf allem, was nach Pappkarton klingt, wenn du dieses Band solo hörst: Close-Mics von Snare und Toms, Akustikgitarren, Vocals aus einem kleinen Raum.</translation>
    </message>
    <message>
        <source>Harsh upper mids</source>
        <translation>Harsche obere Mitten</translation>
    </message>
    <message>
        <source>Tame %1 around %2 on the bright parts (distorted guitars, synth leads, vocal presence, cymbals) with a bell or a dynamic EQ that only acts when they get loud; do not boost this area on the bus.</source>
        <translation>Nimm bei den hellen Spuren (verzerrte Gitarren, Synth-Leads, Präsenz der Vocals, Becken) %1 bei etwa %2 heraus, mit einem Glockenfilter oder einem dynamischen EQ, der nur eingreift, wenn sie laut werden; hebe diesen Bereich auf dem Bus nicht an.</translation>
    </message>
    <message>
        <source>Too bright</source>
        <translation>Zu hell</translation>
    </message>
    <message>
        <source>Lower the top by %1 with a gentle high shelf from about 6 kHz on the mix bus, or pull back hi-hats, cymbals and “air” boosts.</source>
        <translation>Senke die Höhen um %1 ab, mit einem sanften High-Shelf ab etwa 6 kHz auf dem Mixbus, oder nimm Hi-Hats, Becken und „Air“-Anhebungen zurück.</translation>
    </message>
    <message>
        <source>Dull top end</source>
        <translation>Stumpfe Höhen</translation>
    </message>
    <message>
        <source>Open up the top by %1: a gentle high shelf from about 6 kHz on the mix bus, or brighten vocals, cymbals and synths one by one.</source>
        <translation>Hebe die Höhen um %1 an: mit einem sanften High-Shelf ab etwa 6 kHz auf dem Mixbus, oder mach Vocals, Becken und Synths einzeln heller.</translation>
    </message>
    <message>
        <source>Sub-bass rumble</source>
        <translation>Rumpeln im Subbass</translation>
    </message>
    <message>
        <source>Low-cut the mix bus at 25–35 Hz and high-pass every part that is not kick or bass at 80–150 Hz: most speakers cannot play this energy, but it eats headroom and makes the limiter pump.</source>
        <translation>Setze auf dem Mixbus einen Low-Cut bei 25–35 Hz und auf jeder Spur, die nicht Kick oder Bass ist, einen Hochpass bei 80–150 Hz: Die meisten Lautsprecher können diese Energie gar nicht wiedergeben, aber sie frisst Headroom und lässt den Limiter pumpen.</translation>
    </message>
    <message>
        <source>the bass octave above it (40–80 Hz)</source>
        <translation>der Bass-Oktave darüber (40–80 Hz)</translation>
    </message>
    <message>
        <source>the trend of the mix&apos;s own spectrum (100 Hz–4 kHz)</source>
        <translation>dem allgemeinen Verlauf des Mix-Spektrums selbst (100 Hz–4 kHz)</translation>
    </message>
    <message>
        <source>%1 dB in %2 against %3 after loudness matching%4.</source>
        <translation>%1 dB im Bereich %2 gegenüber %3 nach der Lautheitsangleichung%4.</translation>
    </message>
    <message>
        <source>Short bursts at 5–10 kHz rise %1 dB further above the 1–4 kHz presence band than in %2%3.</source>
        <translation>Kurze Spitzen bei 5–10 kHz ragen %1 dB weiter über das Präsenzband von 1–4 kHz hinaus als in %2%3.</translation>
    </message>
    <message>
        <source>Sharp sibilance</source>
        <translation>Scharfe Zischlaute</translation>
    </message>
    <message>
        <source>Put a de-esser on the vocal (and any part with hard “s” and “t” sounds) at 5–9 kHz, taking %1 off the peaks; check reverb and delay sends, which spread sibilance.</source>
        <translation>Setze einen De-Esser auf die Vocals (und jede Spur mit harten „s“- und „t“-Lauten) bei 5–9 kHz, der %1 von den Spitzen nimmt; prüfe auch Hall- und Delay-Sends, denn sie verteilen die Zischlaute weiter.</translation>
    </message>
    <message>
        <source>Bass out of phase between the channels</source>
        <translation>Bass zwischen den Kanälen phasenverkehrt</translation>
    </message>
    <message>
        <source>Wide, unstable bass</source>
        <translation>Breiter, instabiler Bass</translation>
    </message>
    <message>
        <source>Correlation below 150 Hz is %1 (1 is mono, -1 is inverted); mixes that translate keep it above %2.</source>
        <translation>Die Korrelation unter 150 Hz liegt bei %L1 (1 ist mono, -1 ist invertiert); Mixe, die auf allen Anlagen funktionieren, halten sie über %L2.</translation>
    </message>
    <message>
        <source>Make everything below about 120 Hz mono: a “bass mono” or mono-maker utility on the bass and kick, no stereo widener or chorus on them, and check whether one channel&apos;s polarity is flipped. In mono, on club systems and phone speakers, this bass cancels.</source>
        <translation>Mach alles unterhalb von etwa 120 Hz mono: ein „Bass Mono“- oder Mono-Maker-Plug-in auf Bass und Kick, kein Stereo-Widener oder Chorus darauf – und prüfe, ob die Polarität eines Kanals gedreht ist. In Mono, auf Clubanlagen und Handylautsprechern löscht sich dieser Bass aus.</translation>
    </message>
    <message>
        <source>Poor mono translation</source>
        <translation>Schlechte Monokompatibilität</translation>
    </message>
    <message>
        <source>About %1 % of the spectrum between 200 Hz and 10 kHz is the same sound in both channels with the %2 channel %3 ms late (a Haas-style widener). Summed to mono it comb-filters: notches every %4 Hz.</source>
        <translation>Etwa %L1 % des Spektrums zwischen 200 Hz und 10 kHz sind in beiden Kanälen derselbe Klang, wobei der %2 Kanal %L3 ms später kommt (ein Widener nach dem Haas-Prinzip). In Mono summiert entsteht ein Kammfilter: Einbrüche alle %L4 Hz.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechte</translation>
    </message>
    <message>
        <source>left</source>
        <translation>linke</translation>
    </message>
    <message>
        <source>Replace the delay-based widening with real double-tracking, a stereo reverb or a chorus, or keep the delayed side much quieter; listen in mono while you adjust.</source>
        <translation>Ersetze die Delay-basierte Verbreiterung durch echtes Double-Tracking, einen Stereohall oder einen Chorus, oder mach die verzögerte Seite deutlich leiser; hör beim Einstellen in Mono ab.</translation>
    </message>
    <message>
        <source>The channels&apos; correlation is %1 (below 0 more cancels than adds) and the mix loses %2 dB summed to mono.</source>
        <translation>Die Korrelation der Kanäle liegt bei %L1 (unter 0 löscht sich mehr aus, als sich addiert), und der Mix verliert in Mono summiert %L2 dB.</translation>
    </message>
    <message>
        <source>Look for a part with one channel&apos;s polarity inverted, or an extreme stereo widener, and fix it at the source; check the mix in mono.</source>
        <translation>Such nach einer Spur, bei der die Polarität eines Kanals invertiert ist, oder nach einem extremen Stereo-Widener, und behebe das an der Quelle; prüfe den Mix in Mono.</translation>
    </message>
    <message>
        <source>Lopsided stereo image</source>
        <translation>Schiefes Stereobild</translation>
    </message>
    <message>
        <source>The left channel is %1 dB louder than the right.</source>
        <translation>Der linke Kanal ist %L1 dB lauter als der rechte.</translation>
    </message>
    <message>
        <source>The right channel is %1 dB louder than the left.</source>
        <translation>Der rechte Kanal ist %L1 dB lauter als der linke.</translation>
    </message>
    <message>
        <source>Check the pan of the loud parts that should sit in the middle (vocal, kick, snare, bass) and any one-sided effect return; rebalance rather than fixing it on the master.</source>
        <translation>Prüfe das Panning der lauten Spuren, die in der Mitte sitzen sollten (Vocals, Kick, Snare, Bass), und einseitige Effekt-Returns; gleiche das lieber dort aus, statt es auf dem Master zu korrigieren.</translation>
    </message>
    <message>
        <source>Peaks rise only %1 dB above the short-term loudness (PSR); a mix before mastering usually keeps 10 dB or more, and a mastered song about 8.</source>
        <translation>Die Pegelspitzen ragen nur %L1 dB über die Kurzzeit-Lautheit hinaus (PSR); ein Mix vor dem Mastering hat meist 10 dB oder mehr, ein gemasterter Song etwa 8.</translation>
    </message>
    <message>
        <source>Squashed, lacking punch</source>
        <translation>Plattgedrückt, ohne Punch</translation>
    </message>
    <message>
        <source>Ease off the bus compressor and limiter: less gain reduction (1–3 dB), a slower attack of 10–30 ms so the drums&apos; hits pass, and no limiter before mastering. If the mix needs glue, use parallel compression.</source>
        <translation>Nimm Buskompressor und Limiter zurück: weniger Gain Reduction (1–3 dB), eine langsamere Attack von 10–30 ms, damit die Schläge der Drums durchkommen, und kein Limiter vor dem Mastering. Wenn der Mix mehr Zusammenhalt braucht, nutze Parallelkompression.</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>Clipping</translation>
    </message>
    <message>
        <source>Find what overloads (the master bus, a clipper or a track driven into 0 dBFS), turn it down until peaks stay under -1 dBFS, and export again at 24-bit or 32-bit float.</source>
        <translation>Finde heraus, was übersteuert (der Masterbus, ein Clipper oder eine Spur, die bis 0 dBFS getrieben wird), zieh es herunter, bis die Spitzen unter -1 dBFS bleiben, und exportiere erneut mit 24 Bit oder 32 Bit Float.</translation>
    </message>
    <message>
        <source>No headroom for mastering</source>
        <translation>Kein Headroom fürs Mastering</translation>
    </message>
    <message>
        <source>True peak reaches %1 dBTP: above 0, converters and lossy encoders clip between the samples.</source>
        <translation>Der True Peak erreicht %1 dBTP: Über 0 clippen Wandler und verlustbehaftete Encoder zwischen den Samples.</translation>
    </message>
    <message>
        <source>True peak reaches %1 dBTP; a mix for mastering leaves 3–6 dB.</source>
        <translation>Der True Peak erreicht %1 dBTP; ein Mix fürs Mastering lässt 3–6 dB frei.</translation>
    </message>
    <message>
        <source>Turn the whole mix down (every fader, or a gain plug-in first on the master) until peaks sit around -6 dBFS, and take limiters off the mix bus; loudness is mastering&apos;s job.</source>
        <translation>Zieh den ganzen Mix herunter (alle Fader oder ein Gain-Plug-in ganz vorn auf dem Master), bis die Spitzen bei etwa -6 dBFS liegen, und nimm die Limiter vom Mixbus; Lautheit ist Aufgabe des Masterings.</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>DC-Offset</translation>
    </message>
    <message>
        <source>The left channel sits %1 % and the right %2 % of full scale off zero.</source>
        <translation>Der linke Kanal ist um %L1 %, der rechte um %L2 % des Vollausschlags gegenüber der Nulllinie verschoben.</translation>
    </message>
    <message>
        <source>Put a DC filter or a 20 Hz high-pass on the master bus (or on the track that carries the offset, often an old recording or a faulty interface) and export again.</source>
        <translation>Setze einen DC-Filter oder einen Hochpass bei 20 Hz auf den Masterbus (oder auf die Spur mit dem Offset, oft eine alte Aufnahme oder ein defektes Interface) und exportiere erneut.</translation>
    </message>
    <message>
        <source>Lossy export</source>
        <translation>Verlustbehafteter Export</translation>
    </message>
    <message>
        <source>The mix is a lossy %1 file%2: the encoder has already changed its top end, transients and peaks.</source>
        <translation>Der Mix ist eine verlustbehaftete %1-Datei%2: Der Encoder hat Höhen, Transienten und Spitzen bereits verändert.</translation>
    </message>
    <message>
        <source> at %1 kbit/s</source>
        <translation> mit %L1 kbit/s</translation>
    </message>
    <message>
        <source>Export the mix as WAV or FLAC for feedback and for mastering; make MP3 or AAC files only from the final master.</source>
        <translation>Exportiere den Mix für Feedback und Mastering als WAV oder FLAC; erstelle MP3- oder AAC-Dateien erst aus dem fertigen Master.</translation>
    </message>
    <message>
        <source>16-bit export</source>
        <translation>16-Bit-Export</translation>
    </message>
    <message>
        <source>The mix is a %1-bit file.</source>
        <translation>Der Mix ist eine %L1-Bit-Datei.</translation>
    </message>
    <message>
        <source>Export mixes for mastering at 24-bit or 32-bit float: 16-bit is for the final release, after mastering and dither.</source>
        <translation>Exportiere Mixe fürs Mastering mit 24 Bit oder 32 Bit Float: 16 Bit ist für die finale Veröffentlichung, nach Mastering und Dithering.</translation>
    </message>
    <message>
        <source>Silence to trim</source>
        <translation>Überflüssige Stille</translation>
    </message>
    <message>
        <source>%1 s of silence at the start and %2 s at the end.</source>
        <translation>%L1 s Stille am Anfang und %L2 s am Ende.</translation>
    </message>
    <message>
        <source>Trim the export to the music (keep reverb tails); a long silent start makes listeners and distributors think the file is broken.</source>
        <translation>Kürze den Export auf die Musik (Hallfahnen behalten); ein langer stiller Anfang lässt Hörer und Vertriebe glauben, die Datei sei kaputt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 flat-topped peaks (%2 samples held at %3 dBFS) where the waveform was cut off, in %n place(s) of the song.</source>
        <translation>
            <numerusform>%L1 abgeflachte Spitzen (%L2 Samples auf %L3 dBFS gehalten), an denen die Wellenform abgeschnitten wurde, an einer Stelle des Songs.</numerusform>
            <numerusform>%L1 abgeflachte Spitzen (%L2 Samples auf %L3 dBFS gehalten), an denen die Wellenform abgeschnitten wurde, an %n Stellen des Songs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correlation below 150 Hz is %1 (1 is mono, -1 is inverted); in %2 it is %3.</source>
        <translation>Die Korrelation unter 150 Hz liegt bei %L1 (1 ist mono, -1 ist invertiert); bei %2 liegt sie bei %L3.</translation>
    </message>
    <message>
        <source>Peaks rise %1 dB less above the body of the music than in %2 (differences: peak-to-loudness %3 dB, short-term %4 dB, crest factor %5 dB), although references are usually mastered and the mix is not.</source>
        <translation>Die Pegelspitzen ragen %L1 dB weniger über den Körper der Musik hinaus als bei %2 (Unterschiede: Peak-to-Loudness %3 dB, Kurzzeit %4 dB, Crestfaktor %5 dB) – obwohl Referenzen meist gemastert sind und der Mix nicht.</translation>
    </message>
    <message>
        <source>Nothing is left above %1.</source>
        <translation>Oberhalb von %1 ist nichts mehr übrig.</translation>
    </message>
    <message>
        <source>above %1 in “%2” (a low-pass or a lower sample rate before it was saved)</source>
        <translation>oberhalb von %1 in „%2“ (ein Tiefpass oder eine niedrigere Abtastrate, bevor die Datei gespeichert wurde)</translation>
    </message>
    <message>
        <source>above %1 in “%2” (its %3 encoder&apos;s low-pass)</source>
        <translation>oberhalb von %1 in „%2“ (der Tiefpass seines %3-Encoders)</translation>
    </message>
    <message>
        <source>Top end cut off</source>
        <translation>Höhen abgeschnitten</translation>
    </message>
    <message>
        <source>The mix has nothing above %1: its level falls by more than %2 dB there and stays down.</source>
        <translation>Der Mix hat nichts oberhalb von %1: Sein Pegel fällt dort um mehr als %2 dB und bleibt unten.</translation>
    </message>
    <message>
        <source>If you did not cut it on purpose, find what does: a project, sample or stem at a low sample rate (32 kHz or less), a lossy bounce of a part, or a low-pass on the mix bus.</source>
        <translation>Wenn du das nicht absichtlich abgeschnitten hast, such die Ursache: ein Projekt, Sample oder Stem mit niedriger Abtastrate (32 kHz oder weniger), eine verlustbehaftet gebouncte Spur oder ein Tiefpass auf dem Summenbus.</translation>
    </message>
    <message>
        <source>Band-limited references</source>
        <translation>Bandbegrenzte Referenzen</translation>
    </message>
    <message>
        <source>Band-limited reference</source>
        <translation>Bandbegrenzte Referenz</translation>
    </message>
    <message>
        <source>To judge the very top, use a lossless copy of the reference (WAV or FLAC, a CD rip) or one at 256–320 kbit/s.</source>
        <translation>Um die obersten Höhen zu beurteilen, nimm eine verlustfreie Kopie der Referenz (WAV oder FLAC, eine CD-Kopie) oder eine mit 256–320 kbit/s.</translation>
    </message>
    <message>
        <source>Nothing %1.</source>
        <translation>Nichts %1.</translation>
    </message>
    <message>
        <source>The spectra are compared only below %1.</source>
        <translation>Die Spektren werden nur unterhalb von %1 verglichen.</translation>
    </message>
    <message>
        <source>The difference is more than an EQ move should make up: listen to the parts in this range and to their sounds first.</source>
        <translation>Der Unterschied ist größer, als ein EQ-Eingriff ausgleichen sollte: Hör dir zuerst die Spuren in diesem Bereich und ihre Klänge an.</translation>
    </message>
    <message>
        <source>The difference is more than an EQ move should make up: check first that “%1” is the same kind of music, in full quality.</source>
        <translation>Der Unterschied ist größer, als ein EQ-Eingriff ausgleichen sollte: Prüfe zuerst, ob „%1“ dieselbe Art von Musik ist, in voller Qualität.</translation>
    </message>
    <message>
        <source>The difference is more than an EQ move should make up: check first that your references are the same kind of music, in full quality.</source>
        <translation>Der Unterschied ist größer, als ein EQ-Eingriff ausgleichen sollte: Prüfe zuerst, ob deine Referenzen dieselbe Art von Musik sind, in voller Qualität.</translation>
    </message>
    <message>
        <source>A reference unlike the others</source>
        <translation>Eine Referenz, die aus der Reihe fällt</translation>
    </message>
    <message>
        <source>“%1” differs from your other references by %2 dB in %3: is it the same kind of music?</source>
        <translation>„%1“ weicht in %3 um %2 dB von deinen anderen Referenzen ab: Ist es dieselbe Art von Musik?</translation>
    </message>
    <message>
        <source>Compare against references in the style you are aiming for: one far from the others pulls their average towards it.</source>
        <translation>Vergleiche mit Referenzen in dem Stil, den du anstrebst: Eine, die weit von den anderen entfernt ist, zieht deren Durchschnitt zu sich.</translation>
    </message>
    <message>
        <source>Your reference carries as much (%1 %).</source>
        <translation>Deine Referenz hat ebenso viel (%1 %).</translation>
    </message>
    <message>
        <source>Your references carry as much (%1 to %2 %).</source>
        <translation>Deine Referenzen haben ebenso viel (%1 bis %2 %).</translation>
    </message>
    <message>
        <source>Your reference leans the same way by as much (%1 dB).</source>
        <translation>Deine Referenz neigt sich ebenso stark zur selben Seite (%1 dB).</translation>
    </message>
    <message>
        <source>Your references lean the same way by as much (%1 to %2 dB).</source>
        <translation>Deine Referenzen neigen sich ebenso stark zur selben Seite (%1 bis %2 dB).</translation>
    </message>
    <message>
        <source>The tracks differ by about %1 dB from band to band elsewhere too, so this counts as %2 dB.</source>
        <translation>Die Tracks unterscheiden sich auch sonst von Band zu Band um etwa %1 dB; deshalb zählt das hier als %2 dB.</translation>
    </message>
    <message>
        <source>%1 dB in %2 against %3; released music of every style stays within %4 dB of it. Add a reference in your genre for a firmer answer.</source>
        <translation>%1 dB im Bereich %2 gegenüber %3; veröffentlichte Musik aller Stilrichtungen bleibt innerhalb von %4 dB davon. Füge eine Referenz aus deinem Genre hinzu, um eine verlässlichere Aussage zu bekommen.</translation>
    </message>
    <message>
        <source>Your reference cancels as much (%1).</source>
        <translation>Deine Referenz löscht sich genauso stark aus (%1).</translation>
    </message>
    <message>
        <source>Your references cancel as much (%1 to %2).</source>
        <translation>Deine Referenzen löschen sich genauso stark aus (%1 bis %2).</translation>
    </message>
    <message>
        <source>Short bursts at 5–10 kHz jump %1 dB above the band&apos;s usual level; in released music of every style they stay within %2 dB.</source>
        <translation>Kurze Spitzen bei 5–10 kHz springen %L1 dB über den üblichen Pegel des Bands; in veröffentlichter Musik aller Stilrichtungen bleiben sie innerhalb von %L2 dB.</translation>
    </message>
    <message>
        <source>“%1” matches the mix within %2 dB everywhere else: it is a version of this mix, so your other references do not outvote it.</source>
        <translation>„%1“ stimmt überall sonst auf %2 dB mit dem Mix überein: Es ist eine Version dieses Mixes, deine anderen Referenzen überstimmen sie also nicht.</translation>
    </message>
</context>
<context>
    <name>mixscope::DynamicsCharts</name>
    <message>
        <source>Short-term loudness, loudness-matched, with sections</source>
        <translation>Kurzzeit-Lautheit, lautheitsangeglichen, mit Abschnitten</translation>
    </message>
    <message>
        <source>Short-term loudness, with sections</source>
        <translation>Kurzzeit-Lautheit, mit Abschnitten</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>LUFS (matched)</source>
        <translation>LUFS (angeglichen)</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>Dynamics: higher is more open</source>
        <translation>Dynamik: höher ist offener</translation>
    </message>
    <message>
        <source>dB / LU</source>
        <translation>dB / LU</translation>
    </message>
    <message>
        <source>Time spent at each loudness</source>
        <translation>Zeitanteil je Lautheit</translation>
    </message>
    <message>
        <source>Short-term LUFS (matched)</source>
        <translation>Kurzzeit-LUFS (angeglichen)</translation>
    </message>
    <message>
        <source>Short-term LUFS</source>
        <translation>Kurzzeit-LUFS</translation>
    </message>
    <message>
        <source>% of time</source>
        <translation>% der Zeit</translation>
    </message>
    <message>
        <source>Crest (dB)</source>
        <translation>Crest (dB)</translation>
    </message>
    <message>
        <source>PLR (dB)</source>
        <translation>PLR (dB)</translation>
    </message>
    <message>
        <source>PSR (dB)</source>
        <translation>PSR (dB)</translation>
    </message>
    <message>
        <source>LRA (LU)</source>
        <translation>LRA (LU)</translation>
    </message>
</context>
<context>
    <name>mixscope::DynamicsView</name>
    <message>
        <source>&amp;Loudness-matched</source>
        <translation>&amp;Lautheitsangeglichen</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Dynamics compared</source>
        <translation>Dynamik im Vergleich</translation>
    </message>
    <message>
        <source>Loudness histogram</source>
        <translation>Lautheits-Histogramm</translation>
    </message>
    <message>
        <source>Loudness over time</source>
        <translation>Lautheitsverlauf</translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation>%L1 BPM</translation>
    </message>
    <message>
        <source>no clear beat</source>
        <translation>kein klarer Beat</translation>
    </message>
    <message>
        <source>Waiting for analysed tracks…</source>
        <translation>Warte auf analysierte Tracks…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tempo&lt;/b&gt;  %1</source>
        <translation>&lt;b&gt;Tempo&lt;/b&gt;  %1</translation>
    </message>
    <message>
        <source>Shift the references by their match gains, as you would hear them in a loudness-matched A/B.</source>
        <translation>Verschiebt die Referenzen um ihre Pegelangleichung – so, wie du sie in einem lautheitsangeglichenen A/B-Vergleich hören würdest.</translation>
    </message>
</context>
<context>
    <name>mixscope::FeedbackSheet</name>
    <message>
        <source>Score card</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Findings, worst first</source>
        <translation>Befunde, die gravierendsten zuerst</translation>
    </message>
    <message>
        <source>MIX FEEDBACK SHEET</source>
        <translation>FEEDBACK-BOGEN ZUM MIX</translation>
    </message>
    <message>
        <source>Mixscope %1</source>
        <translation>Mixscope %1</translation>
    </message>
    <message>
        <source>NO REFERENCE</source>
        <translation>KEINE REFERENZ</translation>
    </message>
    <message>
        <source>COMPARED WITH</source>
        <translation>VERGLICHEN MIT</translation>
    </message>
    <message>
        <source>The mix is judged against the usual ranges for a mix before mastering. Add a reference track or two for a comparison with records you like.</source>
        <translation>Der Mix wird an den üblichen Werten für einen Mix vor dem Mastering gemessen. Füge ein oder zwei Referenztracks hinzu, um ihn mit Produktionen zu vergleichen, die du magst.</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>angeglichen um %1</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>nicht angeglichen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mix: %1</translation>
    </message>
    <message>
        <source>Nothing stands out: no mixdown problem was found %1.</source>
        <translation>Nichts Auffälliges: Gemessen %1 wurde kein Mixdown-Problem gefunden.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%L1. %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>1/3-octave spectra. Each reference is turned up or down by its match gain, so every curve is heard at the mix&apos;s loudness. Shaded: the findings&apos; frequency ranges, numbered as above.</source>
        <translation>Spektren in Terzbändern. Jede Referenz wird um ihre Pegelangleichung lauter oder leiser gemacht, sodass jede Kurve in der Lautheit des Mixes zu hören ist. Schattiert: die Frequenzbereiche der Befunde, nummeriert wie oben.</translation>
    </message>
    <message>
        <source>Above 0 the mix has more energy in that band than the references, below 0 less.</source>
        <translation>Über 0 hat der Mix in diesem Band mehr Energie als die Referenzen, unter 0 weniger.</translation>
    </message>
    <message>
        <source>How much stereo difference (side) each band carries against its centre (mid). Below 150 Hz bass should stay close to mono.</source>
        <translation>Wie viel Stereo-Differenz (Seite) jedes Band im Verhältnis zu seiner Mitte enthält. Unter 150 Hz sollte der Bass nahezu mono bleiben.</translation>
    </message>
    <message>
        <source>Short-term loudness (3-second windows), references matched to the mix; dashed lines mark where the sections begin. Shaded: where the findings are.</source>
        <translation>Kurzzeit-Lautheit (3-Sekunden-Fenster), Referenzen an den Mix angeglichen; gestrichelte Linien markieren, wo die Abschnitte beginnen. Schattiert: wo die Befunde liegen.</translation>
    </message>
    <message>
        <source>Vectorscopes: every sample pair as a dot. Vertical is mono, the diagonals are left or right only, a wide cloud is a wide mix, and spread along the horizontal means content that cancels in mono.</source>
        <translation>Vektorskope: jedes Sample-Paar als Punkt. Senkrecht ist mono, die Diagonalen sind nur links bzw. nur rechts, eine breite Wolke ist ein breiter Mix, und eine Ausbreitung entlang der Waagerechten bedeutet Inhalt, der sich in Mono auslöscht.</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Was die Zahlen bedeuten</translation>
    </message>
    <message>
        <source>Integrated loudness (LUFS)</source>
        <translation>Integrierte Lautheit (LUFS)</translation>
    </message>
    <message>
        <source>How loud the whole track feels, measured the way streaming services and broadcasters do (EBU R128). -14 LUFS is louder than -18 LUFS.</source>
        <translation>Wie laut sich der ganze Track anfühlt, gemessen wie bei Streamingdiensten und Sendern (EBU R128). -14 LUFS ist lauter als -18 LUFS.</translation>
    </message>
    <message>
        <source>Loudness matching</source>
        <translation>Lautheitsangleichung</translation>
    </message>
    <message>
        <source>Louder always sounds better, so every reference is turned up or down to the mix&apos;s loudness before anything is compared. The match gain is how much.</source>
        <translation>Lauter klingt immer besser, deshalb wird jede Referenz vor jedem Vergleich lauter oder leiser auf die Lautheit des Mixes gebracht. Die Pegelangleichung gibt an, um wie viel.</translation>
    </message>
    <message>
        <source>Loudness range (LU)</source>
        <translation>Lautheitsumfang (LU)</translation>
    </message>
    <message>
        <source>How much the loudness moves between the quiet and the loud parts of the song.</source>
        <translation>Wie stark sich die Lautheit zwischen den leisen und den lauten Teilen des Songs bewegt.</translation>
    </message>
    <message>
        <source>True peak (dBTP)</source>
        <translation>True Peak (dBTP)</translation>
    </message>
    <message>
        <source>The highest level the waveform reaches, also between samples, as a converter or an MP3 encoder sees it. Above -1 dBTP lossy encoding can clip.</source>
        <translation>Der höchste Pegel, den die Wellenform erreicht – auch zwischen den Samples –, so wie ein Wandler oder ein MP3-Encoder ihn sieht. Über -1 dBTP kann verlustbehaftete Kodierung clippen.</translation>
    </message>
    <message>
        <source>PLR and PSR (dB)</source>
        <translation>PLR und PSR (dB)</translation>
    </message>
    <message>
        <source>Peak-to-loudness ratio: true peak minus loudness, the room the peaks have; PSR is the same moment by moment. Limited masters sit near 8 dB, open mixes at 14 dB and above.</source>
        <translation>Peak-to-Loudness Ratio: True Peak minus Lautheit, also der Raum, den die Spitzen haben; PSR ist dasselbe von Moment zu Moment. Limitierte Master liegen bei etwa 8 dB, offene Mixe bei 14 dB und darüber.</translation>
    </message>
    <message>
        <source>Crest factor (dB)</source>
        <translation>Crestfaktor (dB)</translation>
    </message>
    <message>
        <source>Peak minus RMS level, sample by sample: PLR&apos;s cousin.</source>
        <translation>Peak minus RMS-Pegel, Sample für Sample: ein naher Verwandter des PLR.</translation>
    </message>
    <message>
        <source>Spectrum difference (dB)</source>
        <translation>Spektrumdifferenz (dB)</translation>
    </message>
    <message>
        <source>How much energy sits in each third of an octave, compared after loudness matching: above 0 the mix has more there than the references.</source>
        <translation>Wie viel Energie in jedem Terzband steckt, verglichen nach der Lautheitsangleichung: Über 0 hat der Mix dort mehr als die Referenzen.</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>How alike left and right are: +1 is mono, around 0 wide, below 0 parts cancel when the mix is played in mono. Low-end correlation looks below 150 Hz only, where bass should be close to +1.</source>
        <translation>Wie ähnlich sich links und rechts sind: +1 ist mono, um 0 breit, unter 0 löschen sich Anteile aus, wenn der Mix in Mono abgespielt wird. Die Bass-Korrelation betrachtet nur den Bereich unter 150 Hz, wo der Bass nahe +1 liegen sollte.</translation>
    </message>
    <message>
        <source>Width (side − mid, dB)</source>
        <translation>Breite (Seite − Mitte, dB)</translation>
    </message>
    <message>
        <source>How loud the stereo difference is against the centre, band by band: -20 dB is narrow, 0 dB as much side as centre.</source>
        <translation>Wie laut die Stereo-Differenz im Verhältnis zur Mitte ist, Band für Band: -20 dB ist schmal, 0 dB heißt so viel Seite wie Mitte.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Parts of the song (intro, verse, chorus, …) guessed from loudness and timbre; findings give the times where they are worst.</source>
        <translation>Teile des Songs (Intro, Strophe, Refrain, …), geschätzt anhand von Lautheit und Klangfarbe; die Befunde nennen die Zeiten, an denen sie am stärksten sind.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Problem: fix it before mastering or release. Warning: worth a listen and probably a move. Info: good to know.</source>
        <translation>Problem: vor dem Mastering oder der Veröffentlichung beheben. Warnung: lohnt ein genaues Hinhören und wahrscheinlich einen Eingriff. Info: gut zu wissen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %L1 von %L2</translation>
    </message>
    <message>
        <source>Mixscope %1 · feedback sheet for %2</source>
        <translation>Mixscope %1 · Feedback-Bogen für %2</translation>
    </message>
    <message>
        <source>there is no analysed mix to report on</source>
        <translation>es gibt keinen analysierten Mix für den Bericht</translation>
    </message>
    <message>
        <source>Mix feedback sheet: %1</source>
        <translation>Feedback-Bogen zum Mix: %1</translation>
    </message>
    <message>
        <source>Your mix, measured %1 — %2.</source>
        <translation>Dein Mix, gemessen %1 – %2.</translation>
    </message>
    <message>
        <source>its pages could not be drawn</source>
        <translation>seine Seiten konnten nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>from the profile “%1” · %2</source>
        <translation>aus dem Profil „%1“ · %2</translation>
    </message>
</context>
<context>
    <name>mixscope::FindingDetails</name>
    <message>
        <source>Loop this moment</source>
        <translation>Diese Stelle loopen</translation>
    </message>
    <message>
        <source>Hear only this band</source>
        <translation>Nur dieses Band hören</translation>
    </message>
    <message>
        <source>Finding explained</source>
        <translation>Befund erklärt</translation>
    </message>
    <message>
        <source>Play the mix here, looped, and press A to hear the reference at the same spot</source>
        <translation>Den Mix hier als Loop abspielen – mit A hörst du die Referenz an derselben Stelle</translation>
    </message>
    <message>
        <source>Band solo: hear only the frequencies this finding is about</source>
        <translation>Band-Solo: nur die Frequenzen hören, um die es bei diesem Befund geht</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see what was measured, where it is, and what to try. Its frequencies and moments are marked on every chart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wähle einen Befund aus, um zu sehen, was gemessen wurde, wo er liegt und was du versuchen kannst. Seine Frequenzen und Zeitpunkte sind in jedem Diagramm markiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Try:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tipp:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Confidence %1 %&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Sicherheit %L1 %&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mixscope::FindingListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mixscope::FindingSeverity</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>mixscope::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Findings, worst first</source>
        <translation>Befunde, die gravierendsten zuerst</translation>
    </message>
    <message>
        <source>The findings about your mix appear here once it is analysed.</source>
        <translation>Die Befunde zu deinem Mix erscheinen hier, sobald er analysiert ist.</translation>
    </message>
    <message>
        <source>Nothing stands out in your mix on its own. Add a reference track you like to compare it with.</source>
        <translation>Für sich allein betrachtet fällt an deinem Mix nichts auf. Füge einen Referenztrack hinzu, der dir gefällt, um ihn damit zu vergleichen.</translation>
    </message>
    <message>
        <source>Nothing stands out against your references.</source>
        <translation>Im Vergleich mit deinen Referenzen fällt nichts auf.</translation>
    </message>
</context>
<context>
    <name>mixscope::JsonReport</name>
    <message>
        <source>the report cannot be written (%1)</source>
        <translation>der Bericht kann nicht geschrieben werden (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Mixscope will use the system&apos;s language the next time it starts.</source>
        <translation>Mixscope verwendet beim nächsten Start die Systemsprache.</translation>
    </message>
    <message>
        <source>Mixscope will use %1 the next time it starts.</source>
        <translation>Mixscope verwendet beim nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>mixscope::LoudnessOverview</name>
    <message>
        <source>Loudness overview</source>
        <translation>Lautheitsübersicht</translation>
    </message>
    <message>
        <source>The current track&apos;s loudness over time. Click to play from there; drag to loop a region.</source>
        <translation>Die Lautheit des aktuellen Tracks über die Zeit. Klicke, um ab dort abzuspielen; ziehe, um einen Bereich zu loopen.</translation>
    </message>
    <message>
        <source>Click to play from here, drag to loop a region</source>
        <translation>Klicken, um ab hier abzuspielen; ziehen, um einen Bereich zu loopen</translation>
    </message>
</context>
<context>
    <name>mixscope::MainWindow</name>
    <message>
        <source>Mixscope</source>
        <translation>Mixscope</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Drop your mix and a few reference tracks here&lt;/h2&gt;&lt;p&gt;The first file becomes your mix; the others are references (drag a track to the top of the list to make it the mix).&lt;br&gt;WAV, AIFF, FLAC, MP3, Ogg, Opus and M4A all work.&lt;/p&gt;&lt;p&gt;No files at hand? Try &lt;b&gt;File → Open demo session&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Zieh deinen Mix und ein paar Referenztracks hierher&lt;/h2&gt;&lt;p&gt;Die erste Datei wird dein Mix, die anderen sind Referenzen (zieh einen Track an den Anfang der Liste, um ihn zum Mix zu machen).&lt;br&gt;WAV, AIFF, FLAC, MP3, Ogg, Opus und M4A funktionieren alle.&lt;/p&gt;&lt;p&gt;Keine Dateien zur Hand? Probier &lt;b&gt;Datei → Demo-Session öffnen&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Dateien hier ablegen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>S&amp;tereo</source>
        <translation>St&amp;ereo</translation>
    </message>
    <message>
        <source>&amp;Dynamics</source>
        <translation>D&amp;ynamik</translation>
    </message>
    <message>
        <source>Score card and findings (Ctrl+1)</source>
        <translation>Messwerte und Befunde (Strg+1)</translation>
    </message>
    <message>
        <source>Loudness-matched spectra (Ctrl+2)</source>
        <translation>Lautheitsangeglichene Spektren (Strg+2)</translation>
    </message>
    <message>
        <source>Vectorscopes, correlation and width (Ctrl+3)</source>
        <translation>Vektorskope, Korrelation und Breite (Strg+3)</translation>
    </message>
    <message>
        <source>Loudness over time, sections and dynamics (Ctrl+4)</source>
        <translation>Lautheitsverlauf, Abschnitte und Dynamik (Strg+4)</translation>
    </message>
    <message>
        <source>Playback stopped: %1</source>
        <translation>Wiedergabe angehalten: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;demo session</source>
        <translation>&amp;Demo-Session öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>&amp;Session öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Session…</source>
        <translation>Session s&amp;peichern…</translation>
    </message>
    <message>
        <source>&amp;Export feedback sheet…</source>
        <translation>Feedback-Bogen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the score card, findings and charts as a PDF</source>
        <translation>Messwerte, Befunde und Diagramme als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Clear all</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Track</translation>
    </message>
    <message>
        <source>Use as &amp;mix</source>
        <translation>Als &amp;Mix verwenden</translation>
    </message>
    <message>
        <source>&amp;Analyse again</source>
        <translation>Erneut &amp;analysieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Spectrum</source>
        <translation>&amp;Spektrum</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mixscope</source>
        <translation>Ü&amp;ber Mixscope</translation>
    </message>
    <message>
        <source>About Mixscope</source>
        <translation>Über Mixscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mixscope %1&lt;/h3&gt;&lt;p&gt;Compares your mix with reference tracks, loudness-matched, and tells you what stands between them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mixscope %1&lt;/h3&gt;&lt;p&gt;Vergleicht deinen Mix lautheitsangeglichen mit Referenztracks und sagt dir, was ihn noch von ihnen trennt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Mixscope</source>
        <translation>%1 – Mixscope</translation>
    </message>
    <message>
        <source>Looping %1 of the mix. Press A to hear the reference at the same spot, L to stop looping.</source>
        <translation>Der Mix läuft als Loop (%1). Drück A, um die Referenz an derselben Stelle zu hören, und L, um den Loop zu beenden.</translation>
    </message>
    <message>
        <source>This finding: %1</source>
        <translation>Dieser Befund: %1</translation>
    </message>
    <message>
        <source>Hearing only %1. Press B to hear everything again.</source>
        <translation>Du hörst nur %1. Drück B, um wieder alles zu hören.</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) analysed</source>
        <translation>
            <numerusform>%n Track analysiert</numerusform>
            <numerusform>%n Tracks analysiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be analysed</source>
        <translation>
            <numerusform>%n Datei konnte nicht analysiert werden</numerusform>
            <numerusform>%n Dateien konnten nicht analysiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;ereo</source>
        <translation>St&amp;ereo</translation>
    </message>
    <message>
        <source>Spe&amp;ctrum</source>
        <translation>S&amp;pektrum</translation>
    </message>
    <message>
        <source>%1 stopped playing: %2</source>
        <translation>%1 wird nicht mehr abgespielt: %2</translation>
    </message>
    <message>
        <source>%1 was replaced or deleted on disk. Mixscope goes on playing the version it opened.</source>
        <translation>%1 wurde auf der Festplatte ersetzt oder gelöscht. Mixscope spielt weiter die Fassung ab, die es geöffnet hat.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Chosen on the spectrum: %1</source>
        <translation>Im Spektrum gewählt: %1</translation>
    </message>
    <message>
        <source>Only %1 will play. Press Space to listen, B to hear everything.</source>
        <translation>Nur %1 wird abgespielt. Drück die Leertaste zum Anhören, B für alles.</translation>
    </message>
    <message>
        <source>Looping %1 of the mix. L stops looping.</source>
        <translation>Der Mix läuft als Loop (%1). L beendet den Loop.</translation>
    </message>
</context>
<context>
    <name>mixscope::OverviewView</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Score card</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Score card&lt;/b&gt; — the mix beside each reference</source>
        <translation>&lt;b&gt;&amp;Messwerte&lt;/b&gt; – der Mix neben jeder Referenz</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waiting for your analysed mix&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Warte auf deinen analysierten Mix&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;p style=&apos;margin:0&apos;&gt;Measured %2 — %3.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;p style=&apos;margin:0&apos;&gt;Gemessen %2 – %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mix: %1</translation>
    </message>
    <message>
        <source>Closest profile</source>
        <translation>Nächstes Profil</translation>
    </message>
    <message>
        <source>How far the mix sits from each of your profiles, measured in the spread of its tracks: tonal balance (counted twice), stereo width, dynamics and tempo. 1 is the edge of their usual range (10th to 90th percentile) in every measure at once.</source>
        <translation>Wie weit der Mix von jedem deiner Profile entfernt ist, gemessen an der Streuung seiner Tracks: Klangbalance (doppelt gezählt), Stereobreite, Dynamik und Tempo. 1 ist der Rand ihres üblichen Bereichs (10. bis 90. Perzentil) in allen Messwerten zugleich.</translation>
    </message>
    <message>
        <source>%1
from the profile “%2”</source>
        <translation>%1
aus dem Profil „%2“</translation>
    </message>
</context>
<context>
    <name>mixscope::PlayMenu</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>When &amp;switching tracks</source>
        <translation>Beim &amp;Wechseln des Tracks</translation>
    </message>
    <message>
        <source>Stay at the same &amp;time</source>
        <translation>An derselben &amp;Zeitposition bleiben</translation>
    </message>
    <message>
        <source>Go to the same &amp;place in the song (for tracks of different lengths)</source>
        <translation>An dieselbe &amp;Stelle im Song springen (bei unterschiedlich langen Tracks)</translation>
    </message>
    <message>
        <source>Output &amp;device</source>
        <translation>Ausgabe&amp;gerät</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>mixscope::PlaybackController</name>
    <message>
        <source>Play the mix</source>
        <translation>Mix abspielen</translation>
    </message>
    <message>
        <source>Play reference %1</source>
        <translation>Referenz %L1 abspielen</translation>
    </message>
    <message>
        <source>Switch between mix and reference</source>
        <translation>Zwischen Mix und Referenz umschalten</translation>
    </message>
    <message>
        <source>Match loudness</source>
        <translation>Lautheit angleichen</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <source>Band solo</source>
        <translation>Band-Solo</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>5 Sekunden zurück</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>5 Sekunden vor</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 is not connected: playing on %2.</source>
        <translation>%1 ist nicht angeschlossen: Wiedergabe über %2.</translation>
    </message>
    <message>
        <source>Playing on %1.</source>
        <translation>Wiedergabe über %1.</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
</context>
<context>
    <name>mixscope::PlaybackSource</name>
    <message>
        <source>the file was changed on disk while it was playing (written to or cut short)</source>
        <translation>die Datei wurde auf der Festplatte geändert, während sie lief (überschrieben oder gekürzt)</translation>
    </message>
</context>
<context>
    <name>mixscope::ProfileCommand</name>
    <message>
        <source>Usage: mixscope profile create NAME FILE|FOLDER... -o FILE [--add] [--quiet]
       mixscope profile show FILE
</source>
        <translation>Aufruf: mixscope profile create NAME DATEI|ORDNER... -o DATEI [--add] [--quiet]
        mixscope profile show DATEI
</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) %4</source>
        <translation>%1 (%2 bis %3) %4</translation>
    </message>
    <message>
        <source>Analyses reference tracks once and saves what the comparison needs, no audio, as a profile to judge mixes against later.</source>
        <translation>Analysiert Referenztracks einmal und speichert, was der Vergleich braucht, ohne Audio, als Profil, an dem spätere Mixe gemessen werden.</translation>
    </message>
    <message>
        <source>The profile file to write (*.mixprofile.json).</source>
        <translation>Die Profildatei, die geschrieben wird (*.mixprofile.json).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Add the files to the existing profile FILE.</source>
        <translation>Die Dateien dem vorhandenen Profil DATEI hinzufügen.</translation>
    </message>
    <message>
        <source>Print no progress and no summary.</source>
        <translation>Weder Fortschritt noch Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>Reference tracks, or folders of them.</source>
        <translation>Referenztracks oder Ordner mit Referenztracks.</translation>
    </message>
    <message>
        <source>name the profile and give at least one reference file or folder, e.g. mixscope profile create &quot;Deep house&quot; ~/refs/house -o house.mixprofile.json</source>
        <translation>gib dem Profil einen Namen und mindestens eine Referenzdatei oder einen Ordner an, z. B. mixscope profile create &quot;Deep House&quot; ~/refs/house -o house.mixprofile.json</translation>
    </message>
    <message>
        <source>say where to write the profile with -o FILE</source>
        <translation>gib mit -o DATEI an, wohin das Profil geschrieben wird</translation>
    </message>
    <message>
        <source>mixscope: %1: cannot add to this profile: %2
</source>
        <translation>mixscope: %1: zu diesem Profil kann nichts hinzugefügt werden: %2
</translation>
    </message>
    <message>
        <source>mixscope: %1 exists already; add to it with --add, or write the profile to another file
</source>
        <translation>mixscope: %1 gibt es schon; füge mit --add etwas hinzu oder schreib das Profil in eine andere Datei
</translation>
    </message>
    <message>
        <source>mixscope: cannot write the profile to %1: %2
</source>
        <translation>mixscope: das Profil kann nicht in %1 geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>the profile&apos;s name is empty</source>
        <translation>der Name des Profils ist leer</translation>
    </message>
    <message>
        <source>mixscope: %1: no audio files in this folder
</source>
        <translation>mixscope: %1: keine Audiodateien in diesem Ordner
</translation>
    </message>
    <message>
        <source>mixscope: no reference files to analyse
</source>
        <translation>mixscope: keine Referenzdateien zu analysieren
</translation>
    </message>
    <message>
        <source>mixscope: %1: warning: %2
</source>
        <translation>mixscope: %1: Warnung: %2
</translation>
    </message>
    <message>
        <source>mixscope: %1: the same recording is in the profile already; left out
</source>
        <translation>mixscope: %1: dieselbe Aufnahme ist schon im Profil; ausgelassen
</translation>
    </message>
    <message>
        <source>mixscope: no profile written: none of the files could be analysed
</source>
        <translation>mixscope: kein Profil geschrieben: keine der Dateien konnte analysiert werden
</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1”: %n track(s), written to %2 (%3)
</source>
        <translation>
            <numerusform>Profil „%1“: %n Track, in %2 geschrieben (%3)
</numerusform>
            <numerusform>Profil „%1“: %n Tracks, in %2 geschrieben (%3)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) added.
</source>
        <translation>
            <numerusform>%n Track hinzugefügt.
</numerusform>
            <numerusform>%n Tracks hinzugefügt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>show takes one profile file</source>
        <translation>show erwartet genau eine Profildatei</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1”, made %2, %n track(s):
</source>
        <translation>
            <numerusform>Profil „%1“, erstellt %2, %n Track:
</numerusform>
            <numerusform>Profil „%1“, erstellt %2, %n Tracks:
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>
The tracks&apos; figures, median (10th to 90th percentile):
</source>
        <translation>
Die Werte der Tracks, Median (10. bis 90. Perzentil):
</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>Lautheitsbereich</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>True Peak</translation>
    </message>
    <message>
        <source>PLR</source>
        <translation>PLR</translation>
    </message>
    <message>
        <source>PSR</source>
        <translation>PSR</translation>
    </message>
    <message>
        <source>Crest factor</source>
        <translation>Crestfaktor</translation>
    </message>
    <message>
        <source>Transient strength</source>
        <translation>Transientenstärke</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Low-end correlation</source>
        <translation>Korrelation im Bass</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>
Spectrum, each octave against the track&apos;s loudness, dB:
</source>
        <translation>
Spektrum, jede Oktave gegenüber der Lautheit des Tracks, dB:
</translation>
    </message>
    <message>
        <source>say what to do: create or show</source>
        <translation>sag, was zu tun ist: create oder show</translation>
    </message>
    <message>
        <source>unknown command “%1”: create or show</source>
        <translation>unbekannter Befehl „%1“: create oder show</translation>
    </message>
</context>
<context>
    <name>mixscope::ProfileDistance</name>
    <message>
        <source>within their usual range (distance %1)</source>
        <translation>im üblichen Bereich (Abstand %1)</translation>
    </message>
    <message>
        <source>near them (distance %1)</source>
        <translation>nah dran (Abstand %1)</translation>
    </message>
    <message>
        <source>far from them (distance %1)</source>
        <translation>weit weg (Abstand %1)</translation>
    </message>
    <message numerus="yes">
        <source>Most like your “%1” references (%n track(s)): %2.</source>
        <translation>
            <numerusform>Am ehesten wie deine Referenzen „%1“ (%n Track): %2.</numerusform>
            <numerusform>Am ehesten wie deine Referenzen „%1“ (%n Tracks): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your “%1” references (%n track(s)): %2.</source>
        <translation>
            <numerusform>Deine Referenzen „%1“ (%n Track): %2.</numerusform>
            <numerusform>Deine Referenzen „%1“ (%n Tracks): %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::ProfilesMenu</name>
    <message>
        <source>&amp;Save references as profile…</source>
        <translation>Referenzen als Profil &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep what Mixscope measured of the reference tracks, to compare later mixes with them without the files</source>
        <translation>Behalten, was Mixscope an den Referenztracks gemessen hat, um spätere Mixe ohne die Dateien mit ihnen zu vergleichen</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>Profil ö&amp;ffnen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n track(s))</source>
        <translation>
            <numerusform>%1 (%n Track)</numerusform>
            <numerusform>%1 (%n Tracks)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading your profiles…</source>
        <translation>Deine Profile werden gelesen…</translation>
    </message>
    <message>
        <source>No profiles yet: save your references as one</source>
        <translation>Noch keine Profile: speichere deine Referenzen als eines</translation>
    </message>
    <message>
        <source>Show the profiles &amp;folder</source>
        <translation>Profil&amp;ordner zeigen</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Save references as profile</source>
        <translation>Referenzen als Profil speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n reference track(s). Name the profile, e.g. after the style:</source>
        <translation>
            <numerusform>%n Referenztrack. Gib dem Profil einen Namen, z. B. nach dem Stil:</numerusform>
            <numerusform>%n Referenztracks. Gib dem Profil einen Namen, z. B. nach dem Stil:</numerusform>
        </translation>
    </message>
    <message>
        <source>My references</source>
        <translation>Meine Referenzen</translation>
    </message>
    <message>
        <source>You have a profile called “%1” already. Replace it?</source>
        <translation>Du hast schon ein Profil namens „%1“. Ersetzen?</translation>
    </message>
    <message>
        <source>Saving the profile “%1”…</source>
        <translation>Das Profil „%1“ wird gespeichert…</translation>
    </message>
    <message>
        <source>The profile “%1” could not be saved: %2</source>
        <translation>Das Profil „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1” saved: %n track(s). Find it in the Profiles menu.</source>
        <translation>
            <numerusform>Profil „%1“ gespeichert: %n Track. Du findest es im Menü Profile.</numerusform>
            <numerusform>Profil „%1“ gespeichert: %n Tracks. Du findest es im Menü Profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prof&amp;iles</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <source>This profile is in the track list already</source>
        <translation>Dieses Profil ist schon in der Trackliste</translation>
    </message>
    <message>
        <source>Mixscope profiles (*.mixprofile.json)</source>
        <translation>Mixscope-Profile (*.mixprofile.json)</translation>
    </message>
</context>
<context>
    <name>mixscope::RecentFilesMenu</name>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>mixscope::ReferenceProfile</name>
    <message>
        <source>the profile does not exist</source>
        <translation>das Profil existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a profile</source>
        <translation>das ist ein Ordner, kein Profil</translation>
    </message>
    <message>
        <source>the profile cannot be read (%1)</source>
        <translation>das Profil kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>this is not a Mixscope profile (it is far too large for one)</source>
        <translation>das ist kein Mixscope-Profil (dafür ist die Datei viel zu groß)</translation>
    </message>
    <message>
        <source>this is not a Mixscope profile (it is not valid JSON)</source>
        <translation>das ist kein Mixscope-Profil (kein gültiges JSON)</translation>
    </message>
    <message>
        <source>this is not a Mixscope profile</source>
        <translation>das ist kein Mixscope-Profil</translation>
    </message>
    <message>
        <source>the profile has no valid format version</source>
        <translation>das Profil hat keine gültige Formatversion</translation>
    </message>
    <message>
        <source>the profile was saved by a newer Mixscope (format %1); this one reads format %2</source>
        <translation>das Profil wurde von einem neueren Mixscope gespeichert (Format %L1); diese Version liest Format %L2</translation>
    </message>
    <message>
        <source>the profile was changed after Mixscope wrote it (its checksum does not match); make it again with mixscope profile create</source>
        <translation>das Profil wurde verändert, nachdem Mixscope es geschrieben hat (die Prüfsumme stimmt nicht); erstelle es neu mit mixscope profile create</translation>
    </message>
    <message>
        <source>the profile has no name</source>
        <translation>das Profil hat keinen Namen</translation>
    </message>
    <message>
        <source>the profile holds no tracks</source>
        <translation>das Profil enthält keine Tracks</translation>
    </message>
    <message>
        <source>the profile is damaged (track %1: %2)</source>
        <translation>das Profil ist beschädigt (Track %L1: %2)</translation>
    </message>
    <message>
        <source>the profile cannot be written (%1)</source>
        <translation>das Profil kann nicht geschrieben werden (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::SampleRateConverter</name>
    <message>
        <source>a sample rate of %1 Hz to %2 Hz cannot be converted</source>
        <translation>eine Samplerate von %L1 Hz kann nicht in %L2 Hz umgewandelt werden</translation>
    </message>
    <message>
        <source>the sample rate converter cannot start (%1)</source>
        <translation>der Samplerate-Konverter kann nicht starten (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::ScoreCard</name>
    <message>
        <source>Integrated loudness</source>
        <translation>Integrierte Lautheit</translation>
    </message>
    <message>
        <source>How loud the whole track feels (EBU R128)</source>
        <translation>Wie laut sich der ganze Track anfühlt (EBU R128)</translation>
    </message>
    <message>
        <source>Match gain</source>
        <translation>Pegelangleichung</translation>
    </message>
    <message>
        <source>Gain that brings the track to the mix&apos;s loudness</source>
        <translation>Pegeländerung, die den Track auf die Lautheit des Mixes bringt</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>Lautheitsumfang</translation>
    </message>
    <message>
        <source>How much the loudness moves (EBU Tech 3342)</source>
        <translation>Wie stark sich die Lautheit bewegt (EBU Tech 3342)</translation>
    </message>
    <message>
        <source>LU</source>
        <translation>LU</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>True Peak</translation>
    </message>
    <message>
        <source>Highest level between samples; above -1 dBTP lossy encoding clips</source>
        <translation>Höchster Pegel zwischen den Samples; über -1 dBTP clippt verlustbehaftete Kodierung</translation>
    </message>
    <message>
        <source>PLR</source>
        <translation>PLR</translation>
    </message>
    <message>
        <source>True peak minus loudness: room for the peaks</source>
        <translation>True Peak minus Lautheit: Raum für die Spitzen</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Crest factor</source>
        <translation>Crestfaktor</translation>
    </message>
    <message>
        <source>Sample peak minus RMS</source>
        <translation>Sample-Peak minus RMS</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>+1 mono, 0 wide, below 0 cancels in mono</source>
        <translation>+1 mono, 0 breit, unter 0 Auslöschung in Mono</translation>
    </message>
    <message>
        <source>Low-end correlation</source>
        <translation>Bass-Korrelation</translation>
    </message>
    <message>
        <source>Correlation below 150 Hz: bass should be near +1</source>
        <translation>Korrelation unter 150 Hz: Der Bass sollte nahe +1 liegen</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Beats per minute</source>
        <translation>Schläge pro Minute</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Samplerate</translation>
    </message>
    <message>
        <source>Samples per second</source>
        <translation>Samples pro Sekunde</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>Bittiefe</translation>
    </message>
    <message>
        <source>Bits per sample; lossy files have none</source>
        <translation>Bits pro Sample; verlustbehaftete Dateien haben keine</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%L1 Bit</translation>
    </message>
    <message>
        <source>lossy, %1 kbps</source>
        <translation>verlustbehaftet, %L1 kbps</translation>
    </message>
    <message>
        <source>lossy</source>
        <translation>verlustbehaftet</translation>
    </message>
    <message>
        <source>against the usual ranges for a mix (no reference yet)</source>
        <translation>an den üblichen Werten für einen Mix (noch keine Referenz)</translation>
    </message>
    <message>
        <source>nothing stands out</source>
        <translation>nichts Auffälliges</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>against %n reference(s), loudness-matched</source>
        <translation>
            <numerusform>im lautheitsangeglichenen Vergleich mit %n Referenz</numerusform>
            <numerusform>im lautheitsangeglichenen Vergleich mit %n Referenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference file(s)</source>
        <translation>
            <numerusform>%n Referenzdatei</numerusform>
            <numerusform>%n Referenzdateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile “%1” (%n track(s))</source>
        <translation>
            <numerusform>dem Profil „%1“ (%n Track)</numerusform>
            <numerusform>dem Profil „%1“ (%n Tracks)</numerusform>
        </translation>
    </message>
    <message>
        <source>against %1, loudness-matched</source>
        <translation>im lautheitsangeglichenen Vergleich mit %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>mixscope::SectionLabel</name>
    <message>
        <source>Intro</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Verse</source>
        <translation>Strophe</translation>
    </message>
    <message>
        <source>Build-up</source>
        <translation>Build-up</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Chorus</source>
        <translation>Refrain</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>Outro</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>mixscope::Session</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mixscope::SessionFile</name>
    <message>
        <source>the session file does not exist</source>
        <translation>die Session-Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a session file</source>
        <translation>das ist ein Ordner, keine Session-Datei</translation>
    </message>
    <message>
        <source>the session file cannot be read (%1)</source>
        <translation>die Session-Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>this is not a Mixscope session file (it is not valid JSON)</source>
        <translation>das ist keine Mixscope-Session-Datei (kein gültiges JSON)</translation>
    </message>
    <message>
        <source>this is not a Mixscope session file</source>
        <translation>das ist keine Mixscope-Session-Datei</translation>
    </message>
    <message>
        <source>the session file has no valid format version</source>
        <translation>die Session-Datei hat keine gültige Formatversion</translation>
    </message>
    <message>
        <source>the session was saved by a newer Mixscope (format %1); this one reads format %2</source>
        <translation>die Session wurde von einer neueren Mixscope-Version gespeichert (Format %L1); diese Version liest Format %L2</translation>
    </message>
    <message>
        <source>the session cannot be written (%1)</source>
        <translation>die Session kann nicht geschrieben werden (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::SessionFiles</name>
    <message numerus="yes">
        <source>Analysing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird analysiert…</numerusform>
            <numerusform>%n Dateien werden analysiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo session</source>
        <translation>Demo-Session</translation>
    </message>
    <message>
        <source>The demo session could not be created: %1</source>
        <translation>Die Demo-Session konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Session speichern</translation>
    </message>
    <message>
        <source>The session could not be saved to %1: %2</source>
        <translation>Die Session konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Session unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Session öffnen</translation>
    </message>
    <message>
        <source>The session %1 could not be opened: %2</source>
        <translation>Die Session %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Export feedback sheet</source>
        <translation>Feedback-Bogen exportieren</translation>
    </message>
    <message>
        <source>The feedback sheet could not be saved to %1: %2.</source>
        <translation>Der Feedback-Bogen konnte nicht unter %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Feedback sheet saved to %1</source>
        <translation>Feedback-Bogen unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Open your mix and reference tracks</source>
        <translation>Deinen Mix und Referenztracks öffnen</translation>
    </message>
    <message>
        <source>Mixscope sessions (*.mixscope.json *.mixscope);;All files (*)</source>
        <translation>Mixscope-Sessions (*.mixscope.json *.mixscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Mixscope sessions (*.mixscope.json)</source>
        <translation>Mixscope-Sessions (*.mixscope.json)</translation>
    </message>
    <message>
        <source>%1 feedback sheet</source>
        <translation>%1 Feedback-Bogen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Audio files and profiles (%1 *.mixprofile.json);;All files (*)</source>
        <translation>Audiodateien und Profile (%1 *.mixprofile.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mixscope::SpectrumCharts</name>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>Pegel (dB)</translation>
    </message>
    <message>
        <source>Δ dB</source>
        <translation>Δ dB</translation>
    </message>
    <message>
        <source>Spectrum, loudness-matched to the mix</source>
        <translation>Spektrum, lautheitsangeglichen an den Mix</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Average of the references</source>
        <translation>Durchschnitt der Referenzen</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mix: %1</translation>
    </message>
    <message>
        <source>Mix minus the references&apos; average</source>
        <translation>Mix minus Durchschnitt der Referenzen</translation>
    </message>
    <message>
        <source>Mix minus the reference</source>
        <translation>Mix minus Referenz</translation>
    </message>
    <message>
        <source>Difference: above 0 the mix has more than the references</source>
        <translation>Differenz: Über 0 hat der Mix mehr als die Referenzen</translation>
    </message>
    <message>
        <source>Difference: add a reference track to compare the mix with</source>
        <translation>Differenz: Füge einen Referenztrack hinzu, um den Mix damit zu vergleichen</translation>
    </message>
    <message>
        <source>Difference: waiting for the analysed mix</source>
        <translation>Differenz: Warte auf den analysierten Mix</translation>
    </message>
    <message>
        <source>Range of the references</source>
        <translation>Bereich der Referenzen</translation>
    </message>
    <message>
        <source>Mix minus %1</source>
        <translation>Mix minus %1</translation>
    </message>
    <message>
        <source>Difference: above 0 the mix has more than %1</source>
        <translation>Differenz: Über 0 hat der Mix mehr als %1</translation>
    </message>
</context>
<context>
    <name>mixscope::SpectrumView</name>
    <message>
        <source>Fine (1/6 octave)</source>
        <translation>Fein (1/6 Oktave)</translation>
    </message>
    <message>
        <source>Spectrum resolution</source>
        <translation>Spektrum-Auflösung</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>A&amp;uflösung:</translation>
    </message>
    <message>
        <source>Loudness-matched spectra</source>
        <translation>Lautheitsangeglichene Spektren</translation>
    </message>
    <message>
        <source>Spectrum difference, mix minus references</source>
        <translation>Spektrumdifferenz, Mix minus Referenzen</translation>
    </message>
    <message>
        <source>1/3 octave (as in the comparison)</source>
        <translation>1/3 Oktave (wie im Vergleich)</translation>
    </message>
    <message>
        <source>Each refere&amp;nce</source>
        <translation>&amp;Jede Referenz</translation>
    </message>
    <message>
        <source>Compare the mix with</source>
        <translation>Den Mix vergleichen mit</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Also draw the mix minus each reference on the difference</source>
        <translation>In der Differenz auch den Mix minus jede einzelne Referenz zeichnen</translation>
    </message>
    <message>
        <source>Click to hear only the octave around a frequency, or drag across a range to hear only that range</source>
        <translation>Klick, um nur die Oktave um eine Frequenz zu hören, oder zieh über einen Bereich, um nur diesen zu hören</translation>
    </message>
    <message>
        <source>The references&apos; average</source>
        <translation>Dem Durchschnitt der Referenzen</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>Der Referenz</translation>
    </message>
    <message>
        <source>Tracks&apos; colours and match gains</source>
        <translation>Farben und Pegelangleichung der Tracks</translation>
    </message>
    <message>
        <source>Each reference is turned up or down by its match gain, so that every curve is drawn, and heard, at the mix&apos;s loudness</source>
        <translation>Jede Referenz wird um ihre Pegelangleichung lauter oder leiser gestellt, damit jede Kurve in der Lautheit des Mixes gezeichnet und gehört wird</translation>
    </message>
    <message>
        <source>the mix</source>
        <translation>der Mix</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>nicht angeglichen</translation>
    </message>
    <message>
        <source>Average of the references</source>
        <translation>Mittel der Referenzen</translation>
    </message>
    <message>
        <source>Range of the references</source>
        <translation>Bereich der Referenzen</translation>
    </message>
    <message>
        <source>Waiting for analysed tracks…</source>
        <translation>Warte auf analysierte Tracks…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loudness match&lt;/b&gt;  %1</source>
        <translation>&lt;b&gt;Pegelangleichung&lt;/b&gt;  %1</translation>
    </message>
</context>
<context>
    <name>mixscope::StereoCharts</name>
    <message>
        <source>Correlation over time</source>
        <translation>Korrelation über die Zeit</translation>
    </message>
    <message>
        <source>Width per band (side minus mid)</source>
        <translation>Breite pro Band (Seite minus Mitte)</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <source>Side − mid (dB)</source>
        <translation>Seite − Mitte (dB)</translation>
    </message>
    <message>
        <source>Low end: keep it near mono</source>
        <translation>Bassbereich: möglichst mono halten</translation>
    </message>
</context>
<context>
    <name>mixscope::StereoView</name>
    <message>
        <source>Vectorscopes</source>
        <translation>Vektorskope</translation>
    </message>
    <message>
        <source>Correlation over time</source>
        <translation>Korrelation über die Zeit</translation>
    </message>
    <message>
        <source>Width per band</source>
        <translation>Breite pro Band</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mix: %1</translation>
    </message>
    <message>
        <source>Tracks&apos; colours</source>
        <translation>Farben der Tracks</translation>
    </message>
</context>
<context>
    <name>mixscope::ThemeMenu</name>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>mixscope::TrackAnalyzer</name>
    <message>
        <source>the analysis was cancelled</source>
        <translation>die Analyse wurde abgebrochen</translation>
    </message>
    <message>
        <source>the file was changed while it was being analysed (written to or cut short); analyse it again once it is saved</source>
        <translation>die Datei wurde während der Analyse verändert (beschrieben oder gekürzt); analysiere sie erneut, sobald sie gespeichert ist</translation>
    </message>
    <message>
        <source>it is too short to measure (%1 s; at least 0.4 s is needed)</source>
        <translation>die Datei ist zu kurz zum Messen (%1 s; mindestens 0,4 s sind nötig)</translation>
    </message>
    <message>
        <source>it contains only digital silence (%1 s)</source>
        <translation>die Datei enthält nur digitale Stille (%1 s)</translation>
    </message>
    <message>
        <source>it is too quiet to measure (below -70 LUFS; peak %1 dBFS)</source>
        <translation>die Datei ist zu leise zum Messen (unter -70 LUFS; Spitze bei %L1 dBFS)</translation>
    </message>
    <message>
        <source>mono file: analysed as dual-mono (the same signal on both sides)</source>
        <translation>Monodatei: als Dual-Mono analysiert (dasselbe Signal auf beiden Seiten)</translation>
    </message>
    <message>
        <source>downmixed from %1 (%2 channels) to stereo with the ITU-R BS.775 coefficients; the LFE channel is left out</source>
        <translation>von %1 (%L2 Kanäle) mit den Koeffizienten nach ITU-R BS.775 auf Stereo heruntergemischt; der LFE-Kanal bleibt außen vor</translation>
    </message>
    <message>
        <source>the file is truncated or its header is wrong: it claims %1 s of audio but holds %2 s</source>
        <translation>die Datei ist abgeschnitten oder ihr Header ist falsch: Laut Header enthält sie %1 s Audio, tatsächlich aber nur %2 s</translation>
    </message>
    <message>
        <source>the file was replaced or deleted while it was being analysed; these results are for the version that was opened</source>
        <translation>die Datei wurde während der Analyse ersetzt oder gelöscht; diese Ergebnisse gelten für die Version, die geöffnet wurde</translation>
    </message>
    <message numerus="yes">
        <source>%1 sample(s) were not valid audio values (NaN, infinite or beyond +24 dBFS) and were treated as silence</source>
        <translation>
            <numerusform>%L1 Sample war kein gültiger Audiowert (NaN, unendlich oder über +24 dBFS) und wurde als Stille behandelt</numerusform>
            <numerusform>%L1 Samples waren keine gültigen Audiowerte (NaN, unendlich oder über +24 dBFS) und wurden als Stille behandelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged block(s) in the audio data were skipped</source>
        <translation>
            <numerusform>%n beschädigter Block in den Audiodaten wurde übersprungen</numerusform>
            <numerusform>%n beschädigte Blöcke in den Audiodaten wurden übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::TrackListModel</name>
    <message>
        <source>mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%L1 Bit</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%L1 kbps</translation>
    </message>
    <message>
        <source>%1
Could not be analysed: %2</source>
        <translation>%1
Konnte nicht analysiert werden: %2</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Analysing… %1%</source>
        <translation>Analysiere… %L1 %</translation>
    </message>
    <message>
        <source>Cancelled — right-click to analyse it again</source>
        <translation>Abgebrochen – Rechtsklick, um erneut zu analysieren</translation>
    </message>
    <message>
        <source>Ready · matched at %1</source>
        <translation>Bereit · angeglichen um %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>True Peak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1
A reference profile: what Mixscope kept of these tracks, no audio. They are compared as references; there is nothing to play.
%2</source>
        <translation>%1
Ein Referenzprofil: was Mixscope von diesen Tracks behalten hat, ohne Audio. Sie werden als Referenzen verglichen; abzuspielen gibt es nichts.
%2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s), no audio</source>
        <translation>
            <numerusform>%n Track, ohne Audio</numerusform>
            <numerusform>%n Tracks, ohne Audio</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready · references, not played</source>
        <translation>Bereit · Referenzen, ohne Wiedergabe</translation>
    </message>
</context>
<context>
    <name>mixscope::TrackTable</name>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>Analyse a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>The top track is your mix: drag a track to the top, or right-click it, to make it the mix. Right-click to cancel or remove a track.</source>
        <translation>Der oberste Track ist dein Mix: Zieh einen Track nach oben oder klicke ihn mit der rechten Maustaste an, um ihn zum Mix zu machen. Per Rechtsklick kannst du auch eine Analyse abbrechen oder einen Track entfernen.</translation>
    </message>
    <message>
        <source>Use as &amp;mix</source>
        <translation>Als &amp;Mix verwenden</translation>
    </message>
    <message>
        <source>&amp;Analyse again</source>
        <translation>Erneut &amp;analysieren</translation>
    </message>
    <message>
        <source>Cancel and &amp;remove</source>
        <translation>Abbrechen und &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>mixscope::TransportBar</name>
    <message>
        <source>Sub 20–60 Hz</source>
        <translation>Sub 20–60 Hz</translation>
    </message>
    <message>
        <source>Bass 60–150 Hz</source>
        <translation>Bass 60–150 Hz</translation>
    </message>
    <message>
        <source>Low mids 150–500 Hz</source>
        <translation>Untere Mitten 150–500 Hz</translation>
    </message>
    <message>
        <source>Mids 500 Hz–2 kHz</source>
        <translation>Mitten 500 Hz–2 kHz</translation>
    </message>
    <message>
        <source>High mids 2–6 kHz</source>
        <translation>Obere Mitten 2–6 kHz</translation>
    </message>
    <message>
        <source>Highs 6–20 kHz</source>
        <translation>Höhen 6–20 kHz</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Abspielen oder pausieren</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Band to solo</source>
        <translation>Frequenzband fürs Solo</translation>
    </message>
    <message>
        <source>Match loudness</source>
        <translation>Lautheit angleichen</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <source>Band solo</source>
        <translation>Band-Solo</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Referenz %L1</translation>
    </message>
    <message>
        <source>%1: %2 (key %3; A switches between the mix and the last reference)</source>
        <translation>%1: %2 (Taste %3; A wechselt zwischen dem Mix und der letzten Referenz)</translation>
    </message>
</context>
<context>
    <name>mixscope::Units</name>
    <message>
        <source>%1 kHz</source>
        <translation>%L1 kHz</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%L1 Hz</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>throughout</source>
        <translation>durchgehend</translation>
    </message>
</context>
<context>
    <name>mixscope::VectorscopePicture</name>
    <message>
        <source>correlation %1 · low end %2</source>
        <translation>Korrelation %1 · Bass %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
</context>
<context>
    <name>mixscope::VectorscopeWidget</name>
    <message>
        <source>Vectorscope of %1</source>
        <translation>Vektorskop von %1</translation>
    </message>
    <message>
        <source>%1
Vertical: mono (L + R). Diagonals: left and right only. Spread sideways: width; along the horizontal: out of phase.</source>
        <translation>%1
Senkrecht: mono (L + R). Diagonalen: nur links bzw. nur rechts. Ausbreitung zur Seite: Breite; entlang der Waagerechten: phasenverkehrt.</translation>
    </message>
</context>
</TS>
