<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>Open the built-in demo session.</source>
        <translation>Ouvrir la session de démo intégrée.</translation>
    </message>
    <message>
        <source>Your mix, then reference tracks.</source>
        <translation>Votre mix, puis les morceaux de référence.</translation>
    </message>
    <message>
        <source>Compares your mix with reference tracks, loudness-matched, and tells you what stands between them.

Command line report: mixscope analyze MIX [--ref REF]... [--profile FILE] [--json FILE|-] [--pdf FILE] [--compact] [--quiet]
(see mixscope analyze --help)
Reference profiles: mixscope profile create NAME FILE|FOLDER... -o FILE [--add]; mixscope profile show FILE</source>
        <translation>Compare votre mix à des morceaux de référence, à loudness égale, et vous dit ce qui les sépare.

Rapport en ligne de commande&#xa0;: mixscope analyze MIX [--ref REF]... [--profile FICHIER] [--json FICHIER|-] [--pdf FICHIER] [--compact] [--quiet]
(voir mixscope analyze --help)
Profils de référence&#xa0;: mixscope profile create NOM FICHIER|DOSSIER... -o FICHIER [--add]&#xa0;; mixscope profile show FICHIER</translation>
    </message>
</context>
<context>
    <name>mixscope::AnalyzeCommand</name>
    <message>
        <source>Analysing: %1</source>
        <translation>Analyse&#xa0;: %1</translation>
    </message>
    <message>
        <source>mixscope: analysing %1: %2%
</source>
        <translation>mixscope&#xa0;: analyse de %1&#xa0;: %L2&#xa0;%
</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source> · match %1</source>
        <translation> · alignement %1</translation>
    </message>
    <message>
        <source>
No mixdown problems found.
</source>
        <translation>
Aucun problème de mixage trouvé.
</translation>
    </message>
    <message>
        <source>
Findings, worst first:
</source>
        <translation>
Constats, les plus graves d’abord&#xa0;:
</translation>
    </message>
    <message>
        <source>      Where: %1
</source>
        <translation>      Où&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Measures a mix and its reference tracks the same way and writes a report.</source>
        <translation>Mesure un mix et ses morceaux de référence de la même façon et rédige un rapport.</translation>
    </message>
    <message>
        <source>A reference track to compare the mix with (repeatable).</source>
        <translation>Un morceau de référence auquel comparer le mix (répétable).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Write the JSON report to FILE (- for stdout).</source>
        <translation>Écrire le rapport JSON dans FICHIER (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Write the feedback sheet (score card, findings, charts) as a PDF to FILE.</source>
        <translation>Écrire la fiche de retour (tableau des mesures, constats, graphiques) en PDF dans FICHIER.</translation>
    </message>
    <message>
        <source>Print no progress and no summary.</source>
        <translation>N’afficher ni la progression ni le résumé.</translation>
    </message>
    <message>
        <source>Your mix.</source>
        <translation>Votre mix.</translation>
    </message>
    <message>
        <source>Try &apos;mixscope analyze --help&apos;.
</source>
        <translation>Essayez «&#xa0;mixscope analyze --help&#xa0;».
</translation>
    </message>
    <message>
        <source>mixscope analyze: name your mix file, e.g. mixscope analyze mix.wav --ref reference.flac
</source>
        <translation>mixscope analyze&#xa0;: indiquez votre fichier de mix, par ex. mixscope analyze mix.wav --ref reference.flac
</translation>
    </message>
    <message>
        <source>mixscope analyze: one mix only (got %1 files); give references with --ref
</source>
        <translation>mixscope analyze&#xa0;: un seul mix à la fois (%L1 fichiers reçus)&#xa0;; indiquez les références avec --ref
</translation>
    </message>
    <message>
        <source>mixscope analyze: --pdf needs a file name
</source>
        <translation>mixscope analyze&#xa0;: --pdf demande un nom de fichier
</translation>
    </message>
    <message>
        <source>mixscope: %1: warning: %2
</source>
        <translation>mixscope&#xa0;: %1&#xa0;: avertissement&#xa0;: %2
</translation>
    </message>
    <message>
        <source>mixscope: cannot write the report to standard output
</source>
        <translation>mixscope&#xa0;: impossible d’écrire le rapport sur la sortie standard
</translation>
    </message>
    <message>
        <source>mixscope: no feedback sheet: the mix could not be analysed
</source>
        <translation>mixscope&#xa0;: pas de fiche de retour&#xa0;: le mix n’a pas pu être analysé
</translation>
    </message>
    <message>
        <source>mixscope: cannot write the feedback sheet to %1: %2
</source>
        <translation>mixscope&#xa0;: impossible d’écrire la fiche de retour dans %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>%1 · LRA %2 · %3 · PLR %4 · crest %5</source>
        <translation>%1 · LRA %2 · %3 · PLR %4 · crête %5</translation>
    </message>
    <message numerus="yes">
        <source>
Feedback sheet written to %1 (%n page(s)).
</source>
        <translation>
            <numerusform>
Fiche de retour écrite dans %1 (%n page).
</numerusform>
            <numerusform>
Fiche de retour écrite dans %1 (%n pages).
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>mixscope: %1: this is one of the files to analyse; write the report or the sheet to another file
</source>
        <translation>mixscope&#xa0;: %1&#xa0;: c’est l’un des fichiers à analyser&#xa0;; écrivez le rapport ou la fiche dans un autre fichier
</translation>
    </message>
    <message>
        <source>Leave the series over time out of the JSON report (for batch use).</source>
        <translation>Laisser les séries dans le temps hors du rapport JSON (pour le traitement par lots).</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1 (profil «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Usage: mixscope analyze MIX [--ref REF]... [--profile FILE] [--json FILE|-] [--pdf FILE] [--compact] [--quiet]</source>
        <translation>Usage&#xa0;: mixscope analyze MIX [--ref REF]... [--profile FICHIER] [--json FICHIER|-] [--pdf FICHIER] [--compact] [--quiet]</translation>
    </message>
    <message>
        <source>A reference profile (mixscope profile create). The first one&apos;s tracks are references too; with several, they are ranked by how close the mix sits.</source>
        <translation>Un profil de référence (mixscope profile create). Les morceaux du premier sont aussi des références&#xa0;; s’il y en a plusieurs, ils sont classés selon la proximité du mix.</translation>
    </message>
</context>
<context>
    <name>mixscope::AtomicFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>the existing file is read-only</source>
        <translation>le fichier existant est en lecture seule</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>le dossier %1 est en lecture seule</translation>
    </message>
</context>
<context>
    <name>mixscope::AudioDecoder</name>
    <message>
        <source>it claims %1 audio channels (Mixscope reads 1 to %2)</source>
        <translation>il annonce %L1 canaux audio (Mixscope en lit de 1 à %L2)</translation>
    </message>
    <message>
        <source>its sample rate of %1 Hz is outside what Mixscope reads (%2 to %3 Hz)</source>
        <translation>sa fréquence d’échantillonnage de %L1 Hz sort de ce que Mixscope sait lire (%L2 à %L3 Hz)</translation>
    </message>
    <message>
        <source>the audio data is damaged (a block claims %1 channels at %2 Hz)</source>
        <translation>les données audio sont endommagées (un bloc annonce %L1 canaux à %L2 Hz)</translation>
    </message>
    <message>
        <source>its sample format cannot be converted (%1)</source>
        <translation>son format d’échantillon ne peut pas être converti (%1)</translation>
    </message>
    <message>
        <source>the audio data could not be converted (%1)</source>
        <translation>les données audio n’ont pas pu être converties (%1)</translation>
    </message>
    <message>
        <source>the audio data is damaged (%1 unreadable blocks in a row)</source>
        <translation>les données audio sont endommagées (%L1 blocs illisibles d’affilée)</translation>
    </message>
    <message>
        <source>the file could not be read to the end (%1)</source>
        <translation>le fichier n’a pas pu être lu jusqu’au bout (%1)</translation>
    </message>
    <message>
        <source>no audio could be decoded from it: the file is damaged or is not really %1 audio</source>
        <translation>aucun son n’a pu en être décodé&#xa0;: le fichier est endommagé ou n’est pas vraiment de l’audio %1</translation>
    </message>
    <message>
        <source>the audio data is damaged (%1 % of the samples are not valid audio values)</source>
        <translation>les données audio sont endommagées (%L1&#xa0;% des échantillons ne sont pas des valeurs audio valides)</translation>
    </message>
    <message>
        <source>the audio data is damaged (%1 unreadable blocks)</source>
        <translation>les données audio sont endommagées (%L1 blocs illisibles)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>this is a folder, not an audio file</source>
        <translation>c’est un dossier, pas un fichier audio</translation>
    </message>
    <message>
        <source>the file cannot be opened for reading (%1)</source>
        <translation>le fichier ne peut pas être ouvert en lecture (%1)</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the file could not be read (input/output error)</source>
        <translation>le fichier n’a pas pu être lu (erreur d’entrée/sortie)</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (its header cannot be read)</source>
        <translation>le fichier est endommagé ou tronqué (son en-tête est illisible)</translation>
    </message>
    <message>
        <source>this is not an audio file Mixscope can read (the format was not recognised)</source>
        <translation>ce n’est pas un fichier audio que Mixscope sait lire (le format n’a pas été reconnu)</translation>
    </message>
    <message>
        <source>the file is damaged (its stream information cannot be read)</source>
        <translation>le fichier est endommagé (les informations de son flux sont illisibles)</translation>
    </message>
    <message>
        <source>the file is damaged (its audio stream cannot be read)</source>
        <translation>le fichier est endommagé (son flux audio est illisible)</translation>
    </message>
    <message>
        <source>its audio codec (%1) cannot be decoded by this build</source>
        <translation>son codec audio (%1) ne peut pas être décodé par cette version de Mixscope</translation>
    </message>
    <message>
        <source>this is an image, not an audio file</source>
        <translation>c’est une image, pas un fichier audio</translation>
    </message>
    <message>
        <source>this is not an audio file: it contains no audio (it reads as &quot;%1&quot;)</source>
        <translation>ce n’est pas un fichier audio&#xa0;: il ne contient pas de son (il est reconnu comme «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>its audio codec (%1) cannot be opened</source>
        <translation>son codec audio (%1) ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the file cannot be played from another position (%1)</source>
        <translation>le fichier ne peut pas être lu à partir d’une autre position (%1)</translation>
    </message>
    <message>
        <source>it is a link to a file that does not exist</source>
        <translation>c’est un lien vers un fichier qui n’existe pas</translation>
    </message>
    <message>
        <source>there is no permission to open the folder it is in</source>
        <translation>vous n’avez pas le droit d’ouvrir le dossier qui le contient</translation>
    </message>
    <message>
        <source>this is a pipe or a device, not an audio file</source>
        <translation>c’est un tube ou un périphérique, pas un fichier audio</translation>
    </message>
    <message>
        <source>there is no permission to read the file</source>
        <translation>vous n’avez pas le droit de lire ce fichier</translation>
    </message>
</context>
<context>
    <name>mixscope::AudioOutput</name>
    <message>
        <source>There is no audio output device.</source>
        <translation>Aucun périphérique de sortie audio n’est disponible.</translation>
    </message>
    <message>
        <source>The audio device %1 plays neither float nor 16-bit stereo at %2 Hz.</source>
        <translation>Le périphérique audio %1 ne prend en charge la stéréo ni en virgule flottante ni en 16 bits à %L2 Hz.</translation>
    </message>
    <message>
        <source>The audio device stopped (%1).</source>
        <translation>Le périphérique audio s’est arrêté (%1).</translation>
    </message>
    <message>
        <source>The audio device %1 cannot be opened.</source>
        <translation>Le périphérique audio %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The audio device %1 is not connected.</source>
        <translation>Le périphérique audio %1 n’est pas branché.</translation>
    </message>
    <message>
        <source>The audio device %1 does not answer.</source>
        <translation>Le périphérique audio %1 ne répond pas.</translation>
    </message>
</context>
<context>
    <name>mixscope::DemoSession</name>
    <message>
        <source>the demo files cannot be written to %1 (%2)</source>
        <translation>les fichiers de démo ne peuvent pas être écrits dans %1 (%2)</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
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
        <translation>votre référence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the average of your %1 references</source>
        <translation>la moyenne de vos %L1 références</translation>
    </message>
    <message>
        <source> (%1 to %2 dB against each)</source>
        <translation> (de %1 à %2 dB selon la référence)</translation>
    </message>
    <message>
        <source>Muddy low-mids</source>
        <translation>Bas-médiums boueux</translation>
    </message>
    <message>
        <source>Cut %1 around %2 with a wide bell (Q about 1) on the parts that pile up there (pads, guitars, keys, the low end of vocals) and high-pass everything that is not bass or kick at 100–150 Hz.</source>
        <translation>Retirez %1 autour de %2 avec une cloche large (Q d’environ 1) sur les pistes qui s’accumulent dans cette zone (pads, guitares, claviers, bas de la voix) et filtrez en passe-haut à 100–150 Hz tout ce qui n’est ni la basse ni le kick.</translation>
    </message>
    <message>
        <source>Boxy mids</source>
        <translation>Médiums cartonneux</translation>
    </message>
    <message>
        <source>Cut %1 around %2 with a bell (Q 1–2) on whatever sounds like a cardboard box when you solo that band: snare and tom close mics, acoustic guitars, vocals recorded in a small room.</source>
        <translation>Retirez %1 autour de %2 avec une cloche (Q 1–2) sur tout ce qui sonne comme une boîte en carton quand vous écoutez cette bande en solo&#xa0;: micros de proximité de caisse claire et de toms, guitares acoustiques, voix enregistrées dans une petite pièce.</translation>
    </message>
    <message>
        <source>Harsh upper mids</source>
        <translation>Haut-médiums agressifs</translation>
    </message>
    <message>
        <source>Tame %1 around %2 on the bright parts (distorted guitars, synth leads, vocal presence, cymbals) with a bell or a dynamic EQ that only acts when they get loud; do not boost this area on the bus.</source>
        <translation>Atténuez de %1 autour de %2 les pistes brillantes (guitares saturées, leads de synthé, présence de la voix, cymbales) avec une cloche ou un égaliseur dynamique qui n’agit que lorsqu’elles montent fort&#xa0;; n’accentuez pas cette zone sur le bus.</translation>
    </message>
    <message>
        <source>Too bright</source>
        <translation>Trop brillant</translation>
    </message>
    <message>
        <source>Lower the top by %1 with a gentle high shelf from about 6 kHz on the mix bus, or pull back hi-hats, cymbals and “air” boosts.</source>
        <translation>Baissez les aigus de %1 avec un shelf aigu doux à partir d’environ 6 kHz sur le bus master, ou réduisez les charlestons, les cymbales et les boosts «&#xa0;d’air&#xa0;».</translation>
    </message>
    <message>
        <source>Dull top end</source>
        <translation>Aigus ternes</translation>
    </message>
    <message>
        <source>Open up the top by %1: a gentle high shelf from about 6 kHz on the mix bus, or brighten vocals, cymbals and synths one by one.</source>
        <translation>Ouvrez les aigus de %1&#xa0;: un shelf aigu doux à partir d’environ 6 kHz sur le bus master, ou éclaircissez voix, cymbales et synthés un par un.</translation>
    </message>
    <message>
        <source>Sub-bass rumble</source>
        <translation>Grondement dans les sub-basses</translation>
    </message>
    <message>
        <source>Low-cut the mix bus at 25–35 Hz and high-pass every part that is not kick or bass at 80–150 Hz: most speakers cannot play this energy, but it eats headroom and makes the limiter pump.</source>
        <translation>Coupez le bas du bus master à 25–35 Hz et filtrez en passe-haut à 80–150 Hz toutes les pistes qui ne sont ni le kick ni la basse&#xa0;: la plupart des enceintes ne restituent pas cette énergie, mais elle mange de la marge et fait pomper le limiteur.</translation>
    </message>
    <message>
        <source>the bass octave above it (40–80 Hz)</source>
        <translation>l’octave de basses juste au-dessus (40–80 Hz)</translation>
    </message>
    <message>
        <source>the trend of the mix&apos;s own spectrum (100 Hz–4 kHz)</source>
        <translation>la tendance du spectre du mix lui-même (100 Hz–4 kHz)</translation>
    </message>
    <message>
        <source>%1 dB in %2 against %3 after loudness matching%4.</source>
        <translation>%1 dB sur %2 par rapport à %3 après alignement de loudness%4.</translation>
    </message>
    <message>
        <source>Short bursts at 5–10 kHz rise %1 dB further above the 1–4 kHz presence band than in %2%3.</source>
        <translation>De brèves pointes à 5–10 kHz dépassent la bande de présence 1–4 kHz de %1 dB de plus que dans %2%3.</translation>
    </message>
    <message>
        <source>Sharp sibilance</source>
        <translation>Sibilances agressives</translation>
    </message>
    <message>
        <source>Put a de-esser on the vocal (and any part with hard “s” and “t” sounds) at 5–9 kHz, taking %1 off the peaks; check reverb and delay sends, which spread sibilance.</source>
        <translation>Placez un de-esser sur la voix (et sur toute piste aux «&#xa0;s&#xa0;» et «&#xa0;t&#xa0;» appuyés) à 5–9 kHz, en retirant %1 sur les pointes&#xa0;; vérifiez les envois de réverb et de delay, qui propagent les sibilances.</translation>
    </message>
    <message>
        <source>Bass out of phase between the channels</source>
        <translation>Basses déphasées entre les canaux</translation>
    </message>
    <message>
        <source>Wide, unstable bass</source>
        <translation>Basses larges et instables</translation>
    </message>
    <message>
        <source>Correlation below 150 Hz is %1 (1 is mono, -1 is inverted); mixes that translate keep it above %2.</source>
        <translation>La corrélation sous 150 Hz vaut %L1 (1 = mono, -1 = polarité inversée)&#xa0;; les mix qui sonnent bien partout la gardent au-dessus de %L2.</translation>
    </message>
    <message>
        <source>Make everything below about 120 Hz mono: a “bass mono” or mono-maker utility on the bass and kick, no stereo widener or chorus on them, and check whether one channel&apos;s polarity is flipped. In mono, on club systems and phone speakers, this bass cancels.</source>
        <translation>Passez en mono tout ce qui est sous 120 Hz environ&#xa0;: un utilitaire «&#xa0;bass mono&#xa0;» ou mono-maker sur la basse et le kick, aucun élargisseur stéréo ni chorus sur eux, et vérifiez si la polarité d’un canal est inversée. En mono, sur les sonos de club et les haut-parleurs de téléphone, ces basses s’annulent.</translation>
    </message>
    <message>
        <source>Poor mono translation</source>
        <translation>Mauvaise compatibilité mono</translation>
    </message>
    <message>
        <source>About %1 % of the spectrum between 200 Hz and 10 kHz is the same sound in both channels with the %2 channel %3 ms late (a Haas-style widener). Summed to mono it comb-filters: notches every %4 Hz.</source>
        <translation>Environ %L1&#xa0;% du spectre entre 200 Hz et 10 kHz est le même son dans les deux canaux, le canal %2 étant en retard de %L3 ms (un élargissement par effet Haas). Sommé en mono, il crée un filtrage en peigne&#xa0;: des creux tous les %L4 Hz.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droit</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>Replace the delay-based widening with real double-tracking, a stereo reverb or a chorus, or keep the delayed side much quieter; listen in mono while you adjust.</source>
        <translation>Remplacez l’élargissement par delay par une vraie double prise, une réverb stéréo ou un chorus, ou baissez nettement le côté retardé&#xa0;; écoutez en mono pendant le réglage.</translation>
    </message>
    <message>
        <source>The channels&apos; correlation is %1 (below 0 more cancels than adds) and the mix loses %2 dB summed to mono.</source>
        <translation>La corrélation entre les canaux vaut %L1 (sous 0, il y a plus d’annulation que d’addition) et le mix perd %L2 dB une fois sommé en mono.</translation>
    </message>
    <message>
        <source>Look for a part with one channel&apos;s polarity inverted, or an extreme stereo widener, and fix it at the source; check the mix in mono.</source>
        <translation>Cherchez une piste dont un canal a la polarité inversée, ou un élargisseur stéréo extrême, et corrigez-le à la source&#xa0;; vérifiez le mix en mono.</translation>
    </message>
    <message>
        <source>Lopsided stereo image</source>
        <translation>Image stéréo déséquilibrée</translation>
    </message>
    <message>
        <source>The left channel is %1 dB louder than the right.</source>
        <translation>Le canal gauche est plus fort que le droit de %L1 dB.</translation>
    </message>
    <message>
        <source>The right channel is %1 dB louder than the left.</source>
        <translation>Le canal droit est plus fort que le gauche de %L1 dB.</translation>
    </message>
    <message>
        <source>Check the pan of the loud parts that should sit in the middle (vocal, kick, snare, bass) and any one-sided effect return; rebalance rather than fixing it on the master.</source>
        <translation>Vérifiez le panoramique des éléments forts qui doivent être au centre (voix, kick, caisse claire, basse) et tout retour d’effet placé d’un seul côté&#xa0;; rééquilibrez plutôt que de corriger sur le master.</translation>
    </message>
    <message>
        <source>Peaks rise only %1 dB above the short-term loudness (PSR); a mix before mastering usually keeps 10 dB or more, and a mastered song about 8.</source>
        <translation>Les crêtes ne dépassent la loudness à court terme que de %L1 dB (PSR)&#xa0;; un mix avant mastering garde en général 10 dB ou plus, et un morceau masterisé environ 8.</translation>
    </message>
    <message>
        <source>Squashed, lacking punch</source>
        <translation>Écrasé, manque de punch</translation>
    </message>
    <message>
        <source>Ease off the bus compressor and limiter: less gain reduction (1–3 dB), a slower attack of 10–30 ms so the drums&apos; hits pass, and no limiter before mastering. If the mix needs glue, use parallel compression.</source>
        <translation>Levez le pied sur le compresseur et le limiteur du bus&#xa0;: moins de réduction de gain (1–3 dB), une attaque plus lente de 10–30 ms pour laisser passer les frappes de la batterie, et pas de limiteur avant le mastering. Si le mix manque de cohésion, utilisez la compression parallèle.</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>Écrêtage</translation>
    </message>
    <message>
        <source>Find what overloads (the master bus, a clipper or a track driven into 0 dBFS), turn it down until peaks stay under -1 dBFS, and export again at 24-bit or 32-bit float.</source>
        <translation>Trouvez ce qui sature (le bus master, un clipper ou une piste poussée jusqu’à 0 dBFS), baissez-le jusqu’à ce que les crêtes restent sous -1 dBFS, puis exportez à nouveau en 24 bits ou en 32 bits flottant.</translation>
    </message>
    <message>
        <source>No headroom for mastering</source>
        <translation>Pas de marge pour le mastering</translation>
    </message>
    <message>
        <source>True peak reaches %1 dBTP: above 0, converters and lossy encoders clip between the samples.</source>
        <translation>Le true peak atteint %1 dBTP&#xa0;: au-dessus de 0, les convertisseurs et les encodeurs avec perte écrêtent entre les échantillons.</translation>
    </message>
    <message>
        <source>True peak reaches %1 dBTP; a mix for mastering leaves 3–6 dB.</source>
        <translation>Le true peak atteint %1 dBTP&#xa0;; un mix destiné au mastering laisse 3–6 dB de marge.</translation>
    </message>
    <message>
        <source>Turn the whole mix down (every fader, or a gain plug-in first on the master) until peaks sit around -6 dBFS, and take limiters off the mix bus; loudness is mastering&apos;s job.</source>
        <translation>Baissez tout le mix (tous les faders, ou un plug-in de gain en premier sur le master) jusqu’à ce que les crêtes se situent vers -6 dBFS, et retirez les limiteurs du bus master&#xa0;; le volume final, c’est le travail du mastering.</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>Décalage DC</translation>
    </message>
    <message>
        <source>The left channel sits %1 % and the right %2 % of full scale off zero.</source>
        <translation>Le canal gauche est décalé de %L1&#xa0;% de la pleine échelle par rapport à zéro, et le droit de %L2&#xa0;%.</translation>
    </message>
    <message>
        <source>Put a DC filter or a 20 Hz high-pass on the master bus (or on the track that carries the offset, often an old recording or a faulty interface) and export again.</source>
        <translation>Placez un filtre DC ou un passe-haut à 20 Hz sur le bus master (ou sur la piste qui porte le décalage, souvent un vieil enregistrement ou une interface défectueuse) et exportez à nouveau.</translation>
    </message>
    <message>
        <source>Lossy export</source>
        <translation>Export avec perte</translation>
    </message>
    <message>
        <source>The mix is a lossy %1 file%2: the encoder has already changed its top end, transients and peaks.</source>
        <translation>Le mix est un fichier %1 avec perte%2&#xa0;: l’encodeur a déjà modifié ses aigus, ses transitoires et ses crêtes.</translation>
    </message>
    <message>
        <source> at %1 kbit/s</source>
        <translation> à %L1 kbit/s</translation>
    </message>
    <message>
        <source>Export the mix as WAV or FLAC for feedback and for mastering; make MP3 or AAC files only from the final master.</source>
        <translation>Exportez le mix en WAV ou en FLAC pour les retours et pour le mastering&#xa0;; ne créez de fichiers MP3 ou AAC qu’à partir du master final.</translation>
    </message>
    <message>
        <source>16-bit export</source>
        <translation>Export en 16 bits</translation>
    </message>
    <message>
        <source>The mix is a %1-bit file.</source>
        <translation>Le mix est un fichier %L1 bits.</translation>
    </message>
    <message>
        <source>Export mixes for mastering at 24-bit or 32-bit float: 16-bit is for the final release, after mastering and dither.</source>
        <translation>Exportez les mix destinés au mastering en 24 bits ou en 32 bits flottant&#xa0;: le 16 bits est réservé à la version finale, après mastering et dither.</translation>
    </message>
    <message>
        <source>Silence to trim</source>
        <translation>Silence à couper</translation>
    </message>
    <message>
        <source>%1 s of silence at the start and %2 s at the end.</source>
        <translation>%L1 s de silence au début et %L2 s à la fin.</translation>
    </message>
    <message>
        <source>Trim the export to the music (keep reverb tails); a long silent start makes listeners and distributors think the file is broken.</source>
        <translation>Coupez l’export au plus près de la musique (en gardant les queues de réverb)&#xa0;; un long silence au début fait croire aux auditeurs et aux distributeurs que le fichier est défectueux.</translation>
    </message>
    <message numerus="yes">
        <source>%1 flat-topped peaks (%2 samples held at %3 dBFS) where the waveform was cut off, in %n place(s) of the song.</source>
        <translation>
            <numerusform>%L1 crêtes aplaties (%L2 échantillons bloqués à %L3 dBFS) là où la forme d’onde a été coupée, à %n endroit du morceau.</numerusform>
            <numerusform>%L1 crêtes aplaties (%L2 échantillons bloqués à %L3 dBFS) là où la forme d’onde a été coupée, à %n endroits du morceau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correlation below 150 Hz is %1 (1 is mono, -1 is inverted); in %2 it is %3.</source>
        <translation>La corrélation sous 150 Hz vaut %L1 (1 = mono, -1 = polarité inversée)&#xa0;; dans %2, elle vaut %L3.</translation>
    </message>
    <message>
        <source>Peaks rise %1 dB less above the body of the music than in %2 (differences: peak-to-loudness %3 dB, short-term %4 dB, crest factor %5 dB), although references are usually mastered and the mix is not.</source>
        <translation>Les crêtes dépassent le corps de la musique de %L1 dB de moins que dans %2 (écarts&#xa0;: rapport crête/loudness %3 dB, à court terme %4 dB, facteur de crête %5 dB), alors que les références sont d’ordinaire masterisées et le mix non.</translation>
    </message>
    <message>
        <source>Nothing is left above %1.</source>
        <translation>Il ne reste rien au-dessus de %1.</translation>
    </message>
    <message>
        <source>above %1 in “%2” (a low-pass or a lower sample rate before it was saved)</source>
        <translation>au-dessus de %1 dans «&#xa0;%2&#xa0;» (un passe-bas ou une fréquence d’échantillonnage plus basse avant l’enregistrement du fichier)</translation>
    </message>
    <message>
        <source>above %1 in “%2” (its %3 encoder&apos;s low-pass)</source>
        <translation>au-dessus de %1 dans «&#xa0;%2&#xa0;» (le passe-bas de son encodeur %3)</translation>
    </message>
    <message>
        <source>Top end cut off</source>
        <translation>Aigus coupés</translation>
    </message>
    <message>
        <source>The mix has nothing above %1: its level falls by more than %2 dB there and stays down.</source>
        <translation>Le mix n’a rien au-dessus de %1&#xa0;: son niveau y chute de plus de %2 dB et ne remonte pas.</translation>
    </message>
    <message>
        <source>If you did not cut it on purpose, find what does: a project, sample or stem at a low sample rate (32 kHz or less), a lossy bounce of a part, or a low-pass on the mix bus.</source>
        <translation>Si vous ne l’avez pas coupé exprès, cherchez ce qui le coupe&#xa0;: un projet, un sample ou un stem à basse fréquence d’échantillonnage (32 kHz ou moins), une piste exportée avec perte, ou un passe-bas sur le bus master.</translation>
    </message>
    <message>
        <source>Band-limited references</source>
        <translation>Références à bande limitée</translation>
    </message>
    <message>
        <source>Band-limited reference</source>
        <translation>Référence à bande limitée</translation>
    </message>
    <message>
        <source>To judge the very top, use a lossless copy of the reference (WAV or FLAC, a CD rip) or one at 256–320 kbit/s.</source>
        <translation>Pour juger l’extrême aigu, utilisez une copie sans perte de la référence (WAV ou FLAC, une copie de CD) ou une à 256–320 kbit/s.</translation>
    </message>
    <message>
        <source>Nothing %1.</source>
        <translation>Rien %1.</translation>
    </message>
    <message>
        <source>The spectra are compared only below %1.</source>
        <translation>Les spectres ne sont comparés qu’en dessous de %1.</translation>
    </message>
    <message>
        <source>The difference is more than an EQ move should make up: listen to the parts in this range and to their sounds first.</source>
        <translation>L’écart dépasse ce qu’une correction d’égaliseur devrait rattraper&#xa0;: écoutez d’abord les parties dans cette zone et leurs sons.</translation>
    </message>
    <message>
        <source>The difference is more than an EQ move should make up: check first that “%1” is the same kind of music, in full quality.</source>
        <translation>L’écart dépasse ce qu’une correction d’égaliseur devrait rattraper&#xa0;: vérifiez d’abord que «&#xa0;%1&#xa0;» est le même genre de musique, en pleine qualité.</translation>
    </message>
    <message>
        <source>The difference is more than an EQ move should make up: check first that your references are the same kind of music, in full quality.</source>
        <translation>L’écart dépasse ce qu’une correction d’égaliseur devrait rattraper&#xa0;: vérifiez d’abord que vos références sont le même genre de musique, en pleine qualité.</translation>
    </message>
    <message>
        <source>A reference unlike the others</source>
        <translation>Une référence pas comme les autres</translation>
    </message>
    <message>
        <source>“%1” differs from your other references by %2 dB in %3: is it the same kind of music?</source>
        <translation>«&#xa0;%1&#xa0;» s’écarte de vos autres références de %2 dB dans %3&#xa0;: est-ce le même genre de musique&#xa0;?</translation>
    </message>
    <message>
        <source>Compare against references in the style you are aiming for: one far from the others pulls their average towards it.</source>
        <translation>Comparez avec des références dans le style que vous visez&#xa0;: une référence éloignée des autres tire leur moyenne vers elle.</translation>
    </message>
    <message>
        <source>Your reference carries as much (%1 %).</source>
        <translation>Votre référence en a autant (%1 %).</translation>
    </message>
    <message>
        <source>Your references carry as much (%1 to %2 %).</source>
        <translation>Vos références en ont autant (de %1 à %2 %).</translation>
    </message>
    <message>
        <source>Your reference leans the same way by as much (%1 dB).</source>
        <translation>Votre référence penche du même côté d’autant (%1 dB).</translation>
    </message>
    <message>
        <source>Your references lean the same way by as much (%1 to %2 dB).</source>
        <translation>Vos références penchent du même côté d’autant (de %1 à %2 dB).</translation>
    </message>
    <message>
        <source>The tracks differ by about %1 dB from band to band elsewhere too, so this counts as %2 dB.</source>
        <translation>Les morceaux diffèrent aussi d’environ %1 dB d’une bande à l’autre ailleurs&#xa0;; cela compte donc pour %2 dB.</translation>
    </message>
    <message>
        <source>%1 dB in %2 against %3; released music of every style stays within %4 dB of it. Add a reference in your genre for a firmer answer.</source>
        <translation>%1 dB sur %2 par rapport à %3&#xa0;; la musique publiée, quel que soit son style, reste dans une marge de %4 dB. Ajoutez une référence de votre style musical pour un avis plus sûr.</translation>
    </message>
    <message>
        <source>Your reference cancels as much (%1).</source>
        <translation>Votre référence s’annule tout autant (%1).</translation>
    </message>
    <message>
        <source>Your references cancel as much (%1 to %2).</source>
        <translation>Vos références s’annulent tout autant (%1 à %2).</translation>
    </message>
    <message>
        <source>Short bursts at 5–10 kHz jump %1 dB above the band&apos;s usual level; in released music of every style they stay within %2 dB.</source>
        <translation>De brèves pointes à 5–10 kHz montent de %L1 dB au-dessus du niveau habituel de la bande&#xa0;; dans la musique publiée, quel que soit son style, elles restent sous %L2 dB.</translation>
    </message>
    <message>
        <source>“%1” matches the mix within %2 dB everywhere else: it is a version of this mix, so your other references do not outvote it.</source>
        <translation>«&#xa0;%1&#xa0;» correspond au mix à %2 dB près partout ailleurs&#xa0;: c’est une version de ce mix, vos autres références ne l’emportent donc pas sur elle.</translation>
    </message>
</context>
<context>
    <name>mixscope::DynamicsCharts</name>
    <message>
        <source>Short-term loudness, loudness-matched, with sections</source>
        <translation>Loudness à court terme, références alignées, avec sections</translation>
    </message>
    <message>
        <source>Short-term loudness, with sections</source>
        <translation>Loudness à court terme, avec sections</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <source>LUFS (matched)</source>
        <translation>LUFS (aligné)</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>Dynamics: higher is more open</source>
        <translation>Dynamique&#xa0;: plus c’est haut, plus c’est ouvert</translation>
    </message>
    <message>
        <source>dB / LU</source>
        <translation>dB / LU</translation>
    </message>
    <message>
        <source>Time spent at each loudness</source>
        <translation>Temps passé à chaque niveau de loudness</translation>
    </message>
    <message>
        <source>Short-term LUFS (matched)</source>
        <translation>LUFS court terme (aligné)</translation>
    </message>
    <message>
        <source>Short-term LUFS</source>
        <translation>LUFS court terme</translation>
    </message>
    <message>
        <source>% of time</source>
        <translation>% du temps</translation>
    </message>
    <message>
        <source>Crest (dB)</source>
        <translation>Crête (dB)</translation>
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
        <translation>À loudness é&amp;gale</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Dynamics compared</source>
        <translation>Dynamique comparée</translation>
    </message>
    <message>
        <source>Loudness histogram</source>
        <translation>Histogramme de loudness</translation>
    </message>
    <message>
        <source>Loudness over time</source>
        <translation>Loudness dans le temps</translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation>%L1 BPM</translation>
    </message>
    <message>
        <source>no clear beat</source>
        <translation>pas de pulsation nette</translation>
    </message>
    <message>
        <source>Waiting for analysed tracks…</source>
        <translation>En attente des pistes analysées…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tempo&lt;/b&gt;  %1</source>
        <translation>&lt;b&gt;Tempo&lt;/b&gt;  %1</translation>
    </message>
    <message>
        <source>Shift the references by their match gains, as you would hear them in a loudness-matched A/B.</source>
        <translation>Décale les références de leur gain d’alignement, comme vous les entendriez dans un A/B à loudness égale.</translation>
    </message>
</context>
<context>
    <name>mixscope::FeedbackSheet</name>
    <message>
        <source>Score card</source>
        <translation>Tableau des mesures</translation>
    </message>
    <message>
        <source>Findings, worst first</source>
        <translation>Constats, les plus graves d’abord</translation>
    </message>
    <message>
        <source>MIX FEEDBACK SHEET</source>
        <translation>FICHE DE RETOUR SUR LE MIX</translation>
    </message>
    <message>
        <source>Mixscope %1</source>
        <translation>Mixscope %1</translation>
    </message>
    <message>
        <source>NO REFERENCE</source>
        <translation>SANS RÉFÉRENCE</translation>
    </message>
    <message>
        <source>COMPARED WITH</source>
        <translation>COMPARÉ À</translation>
    </message>
    <message>
        <source>The mix is judged against the usual ranges for a mix before mastering. Add a reference track or two for a comparison with records you like.</source>
        <translation>Le mix est évalué par rapport aux plages habituelles d’un mix avant mastering. Ajoutez un ou deux morceaux de référence pour le comparer à des disques que vous aimez.</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>alignement %1</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>sans alignement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing stands out: no mixdown problem was found %1.</source>
        <translation>Rien ne ressort&#xa0;: aucun problème de mixage n’a été trouvé %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%L1. %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Essayez</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>1/3-octave spectra. Each reference is turned up or down by its match gain, so every curve is heard at the mix&apos;s loudness. Shaded: the findings&apos; frequency ranges, numbered as above.</source>
        <translation>Spectres par 1/3 d’octave. Chaque référence est montée ou baissée de son gain d’alignement, si bien que chaque courbe est à la loudness du mix. Zones ombrées&#xa0;: les plages de fréquences des constats, numérotées comme ci-dessus.</translation>
    </message>
    <message>
        <source>Above 0 the mix has more energy in that band than the references, below 0 less.</source>
        <translation>Au-dessus de 0, le mix a plus d’énergie dans cette bande que les références&#xa0;; en dessous, moins.</translation>
    </message>
    <message>
        <source>How much stereo difference (side) each band carries against its centre (mid). Below 150 Hz bass should stay close to mono.</source>
        <translation>La part de différence stéréo (side) de chaque bande par rapport à son centre (mid). Sous 150 Hz, les basses doivent rester proches du mono.</translation>
    </message>
    <message>
        <source>Short-term loudness (3-second windows), references matched to the mix; dashed lines mark where the sections begin. Shaded: where the findings are.</source>
        <translation>Loudness à court terme (fenêtres de 3 secondes), références alignées sur le mix&#xa0;; les pointillés marquent le début des sections. Zones ombrées&#xa0;: l’emplacement des constats.</translation>
    </message>
    <message>
        <source>Vectorscopes: every sample pair as a dot. Vertical is mono, the diagonals are left or right only, a wide cloud is a wide mix, and spread along the horizontal means content that cancels in mono.</source>
        <translation>Vectorscopes&#xa0;: chaque paire d’échantillons est un point. La verticale correspond au mono, les diagonales à la gauche ou à la droite seule, un nuage large à un mix large, et un étalement le long de l’horizontale à du contenu qui s’annule en mono.</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Ce que signifient les chiffres</translation>
    </message>
    <message>
        <source>Integrated loudness (LUFS)</source>
        <translation>Loudness intégrée (LUFS)</translation>
    </message>
    <message>
        <source>How loud the whole track feels, measured the way streaming services and broadcasters do (EBU R128). -14 LUFS is louder than -18 LUFS.</source>
        <translation>Le volume perçu du morceau entier, mesuré comme le font les plateformes de streaming et les diffuseurs (EBU R128). -14 LUFS est plus fort que -18 LUFS.</translation>
    </message>
    <message>
        <source>Loudness matching</source>
        <translation>Alignement de loudness</translation>
    </message>
    <message>
        <source>Louder always sounds better, so every reference is turned up or down to the mix&apos;s loudness before anything is compared. The match gain is how much.</source>
        <translation>Plus fort sonne toujours mieux&#xa0;: chaque référence est donc montée ou baissée à la loudness du mix avant toute comparaison. Le gain d’alignement indique de combien.</translation>
    </message>
    <message>
        <source>Loudness range (LU)</source>
        <translation>Plage de loudness (LU)</translation>
    </message>
    <message>
        <source>How much the loudness moves between the quiet and the loud parts of the song.</source>
        <translation>L’écart de loudness entre les passages calmes et les passages forts du morceau.</translation>
    </message>
    <message>
        <source>True peak (dBTP)</source>
        <translation>True peak (dBTP)</translation>
    </message>
    <message>
        <source>The highest level the waveform reaches, also between samples, as a converter or an MP3 encoder sees it. Above -1 dBTP lossy encoding can clip.</source>
        <translation>Le niveau le plus haut atteint par la forme d’onde, y compris entre les échantillons, tel que le voit un convertisseur ou un encodeur MP3. Au-dessus de -1 dBTP, l’encodage avec perte peut écrêter.</translation>
    </message>
    <message>
        <source>PLR and PSR (dB)</source>
        <translation>PLR et PSR (dB)</translation>
    </message>
    <message>
        <source>Peak-to-loudness ratio: true peak minus loudness, the room the peaks have; PSR is the same moment by moment. Limited masters sit near 8 dB, open mixes at 14 dB and above.</source>
        <translation>Rapport crête/loudness (PLR)&#xa0;: true peak moins loudness, soit la place dont disposent les crêtes&#xa0;; le PSR est la même mesure, instant par instant. Les masters limités tournent autour de 8 dB, les mix aérés à 14 dB et plus.</translation>
    </message>
    <message>
        <source>Crest factor (dB)</source>
        <translation>Facteur de crête (dB)</translation>
    </message>
    <message>
        <source>Peak minus RMS level, sample by sample: PLR&apos;s cousin.</source>
        <translation>Niveau crête moins niveau RMS, échantillon par échantillon&#xa0;: le cousin du PLR.</translation>
    </message>
    <message>
        <source>Spectrum difference (dB)</source>
        <translation>Différence spectrale (dB)</translation>
    </message>
    <message>
        <source>How much energy sits in each third of an octave, compared after loudness matching: above 0 the mix has more there than the references.</source>
        <translation>L’énergie présente dans chaque tiers d’octave, comparée après alignement de loudness&#xa0;: au-dessus de 0, le mix en a plus que les références.</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <source>How alike left and right are: +1 is mono, around 0 wide, below 0 parts cancel when the mix is played in mono. Low-end correlation looks below 150 Hz only, where bass should be close to +1.</source>
        <translation>À quel point la gauche et la droite se ressemblent&#xa0;: +1 correspond au mono, autour de 0 à un son large, et sous 0 des éléments s’annulent quand le mix est écouté en mono. La corrélation des basses ne regarde que sous 150 Hz, où elle doit être proche de +1.</translation>
    </message>
    <message>
        <source>Width (side − mid, dB)</source>
        <translation>Largeur (side − mid, dB)</translation>
    </message>
    <message>
        <source>How loud the stereo difference is against the centre, band by band: -20 dB is narrow, 0 dB as much side as centre.</source>
        <translation>Le niveau de la différence stéréo par rapport au centre, bande par bande&#xa0;: -20 dB, c’est étroit&#xa0;; 0 dB, autant de side que de centre.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Parts of the song (intro, verse, chorus, …) guessed from loudness and timbre; findings give the times where they are worst.</source>
        <translation>Les parties du morceau (intro, couplet, refrain…) déduites de la loudness et du timbre&#xa0;; les constats indiquent les moments où ils sont les plus marqués.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Problem: fix it before mastering or release. Warning: worth a listen and probably a move. Info: good to know.</source>
        <translation>Problème&#xa0;: à corriger avant le mastering ou la sortie. Avertissement&#xa0;: mérite une écoute et sans doute une correction. Info&#xa0;: bon à savoir.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %L1 sur %L2</translation>
    </message>
    <message>
        <source>Mixscope %1 · feedback sheet for %2</source>
        <translation>Mixscope %1 · fiche de retour pour %2</translation>
    </message>
    <message>
        <source>there is no analysed mix to report on</source>
        <translation>il n’y a aucun mix analysé pour le rapport</translation>
    </message>
    <message>
        <source>Mix feedback sheet: %1</source>
        <translation>Fiche de retour sur le mix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your mix, measured %1 — %2.</source>
        <translation>Votre mix, mesuré %1 — %2.</translation>
    </message>
    <message>
        <source>its pages could not be drawn</source>
        <translation>ses pages n’ont pas pu être dessinées</translation>
    </message>
    <message>
        <source>from the profile “%1” · %2</source>
        <translation>du profil «&#xa0;%1&#xa0;» · %2</translation>
    </message>
</context>
<context>
    <name>mixscope::FindingDetails</name>
    <message>
        <source>Loop this moment</source>
        <translation>Boucler ce passage</translation>
    </message>
    <message>
        <source>Hear only this band</source>
        <translation>N’écouter que cette bande</translation>
    </message>
    <message>
        <source>Finding explained</source>
        <translation>Le constat en détail</translation>
    </message>
    <message>
        <source>Play the mix here, looped, and press A to hear the reference at the same spot</source>
        <translation>Lire le mix ici en boucle&#xa0;; appuyez sur A pour entendre la référence au même endroit</translation>
    </message>
    <message>
        <source>Band solo: hear only the frequencies this finding is about</source>
        <translation>Solo de bande&#xa0;: n’écouter que les fréquences concernées par ce constat</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see what was measured, where it is, and what to try. Its frequencies and moments are marked on every chart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un constat pour voir ce qui a été mesuré, où il se situe et quoi essayer. Ses fréquences et ses moments sont signalés sur chaque graphique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Try:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Essayez&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Confidence %1 %&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Confiance&#xa0;: %L1&#xa0;%&lt;/small&gt;&lt;/p&gt;</translation>
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
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>mixscope::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Findings, worst first</source>
        <translation>Constats, les plus graves d’abord</translation>
    </message>
    <message>
        <source>The findings about your mix appear here once it is analysed.</source>
        <translation>Les constats sur votre mix s’afficheront ici une fois qu’il sera analysé.</translation>
    </message>
    <message>
        <source>Nothing stands out in your mix on its own. Add a reference track you like to compare it with.</source>
        <translation>Pris seul, rien ne ressort de votre mix. Ajoutez un morceau de référence que vous aimez pour le comparer.</translation>
    </message>
    <message>
        <source>Nothing stands out against your references.</source>
        <translation>Rien ne ressort par rapport à vos références.</translation>
    </message>
</context>
<context>
    <name>mixscope::JsonReport</name>
    <message>
        <source>the report cannot be written (%1)</source>
        <translation>le rapport ne peut pas être écrit (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Mixscope will use the system&apos;s language the next time it starts.</source>
        <translation>Mixscope utilisera la langue du système au prochain démarrage.</translation>
    </message>
    <message>
        <source>Mixscope will use %1 the next time it starts.</source>
        <translation>Mixscope utilisera la langue choisie (%1) au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>mixscope::LoudnessOverview</name>
    <message>
        <source>Loudness overview</source>
        <translation>Aperçu de la loudness</translation>
    </message>
    <message>
        <source>The current track&apos;s loudness over time. Click to play from there; drag to loop a region.</source>
        <translation>La loudness de la piste en cours dans le temps. Cliquez pour lire à partir de là&#xa0;; faites glisser pour boucler une zone.</translation>
    </message>
    <message>
        <source>Click to play from here, drag to loop a region</source>
        <translation>Cliquez pour lire d’ici, faites glisser pour boucler une zone</translation>
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
        <translation>Pistes</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Drop your mix and a few reference tracks here&lt;/h2&gt;&lt;p&gt;The first file becomes your mix; the others are references (drag a track to the top of the list to make it the mix).&lt;br&gt;WAV, AIFF, FLAC, MP3, Ogg, Opus and M4A all work.&lt;/p&gt;&lt;p&gt;No files at hand? Try &lt;b&gt;File → Open demo session&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Déposez ici votre mix et quelques morceaux de référence&lt;/h2&gt;&lt;p&gt;Le premier fichier devient votre mix&#xa0;; les autres sont des références (faites glisser une piste en haut de la liste pour en faire le mix).&lt;br&gt;WAV, AIFF, FLAC, MP3, Ogg, Opus et M4A sont tous acceptés.&lt;/p&gt;&lt;p&gt;Pas de fichiers sous la main&#xa0;? Essayez &lt;b&gt;Fichier → Ouvrir la session de démo&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Déposez les fichiers ici</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>S&amp;tereo</source>
        <translation>S&amp;téréo</translation>
    </message>
    <message>
        <source>&amp;Dynamics</source>
        <translation>D&amp;ynamique</translation>
    </message>
    <message>
        <source>Score card and findings (Ctrl+1)</source>
        <translation>Tableau des mesures et constats (Ctrl+1)</translation>
    </message>
    <message>
        <source>Loudness-matched spectra (Ctrl+2)</source>
        <translation>Spectres à loudness égale (Ctrl+2)</translation>
    </message>
    <message>
        <source>Vectorscopes, correlation and width (Ctrl+3)</source>
        <translation>Vectorscopes, corrélation et largeur (Ctrl+3)</translation>
    </message>
    <message>
        <source>Loudness over time, sections and dynamics (Ctrl+4)</source>
        <translation>Loudness dans le temps, sections et dynamique (Ctrl+4)</translation>
    </message>
    <message>
        <source>Playback stopped: %1</source>
        <translation>Lecture arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Open &amp;demo session</source>
        <translation>Ouvrir la session de &amp;démo</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Ouvrir une &amp;session…</translation>
    </message>
    <message>
        <source>&amp;Save Session…</source>
        <translation>&amp;Enregistrer la session…</translation>
    </message>
    <message>
        <source>&amp;Export feedback sheet…</source>
        <translation>E&amp;xporter la fiche de retour…</translation>
    </message>
    <message>
        <source>Save the score card, findings and charts as a PDF</source>
        <translation>Enregistrer le tableau des mesures, les constats et les graphiques en PDF</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Re&amp;tirer la sélection</translation>
    </message>
    <message>
        <source>&amp;Clear all</source>
        <translation>Tout e&amp;ffacer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Piste</translation>
    </message>
    <message>
        <source>Use as &amp;mix</source>
        <translation>Utiliser comme &amp;mix</translation>
    </message>
    <message>
        <source>&amp;Analyse again</source>
        <translation>&amp;Relancer l’analyse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Spectrum</source>
        <translation>&amp;Spectre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Mixscope</source>
        <translation>À &amp;propos de Mixscope</translation>
    </message>
    <message>
        <source>About Mixscope</source>
        <translation>À propos de Mixscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mixscope %1&lt;/h3&gt;&lt;p&gt;Compares your mix with reference tracks, loudness-matched, and tells you what stands between them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mixscope %1&lt;/h3&gt;&lt;p&gt;Compare votre mix à des morceaux de référence, à loudness égale, et vous dit ce qui les sépare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Mixscope</source>
        <translation>%1 — Mixscope</translation>
    </message>
    <message>
        <source>Looping %1 of the mix. Press A to hear the reference at the same spot, L to stop looping.</source>
        <translation>Lecture en boucle de %1 du mix. Appuyez sur A pour entendre la référence au même endroit, sur L pour arrêter la boucle.</translation>
    </message>
    <message>
        <source>This finding: %1</source>
        <translation>Ce constat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hearing only %1. Press B to hear everything again.</source>
        <translation>Écoute de %1 uniquement. Appuyez sur B pour tout réentendre.</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) analysed</source>
        <translation>
            <numerusform>%n piste analysée</numerusform>
            <numerusform>%n pistes analysées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be analysed</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être analysé</numerusform>
            <numerusform>%n fichiers n’ont pas pu être analysés</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;ereo</source>
        <translation>S&amp;téréo</translation>
    </message>
    <message>
        <source>Spe&amp;ctrum</source>
        <translation>Spe&amp;ctre</translation>
    </message>
    <message>
        <source>%1 stopped playing: %2</source>
        <translation>%1 s’est arrêté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was replaced or deleted on disk. Mixscope goes on playing the version it opened.</source>
        <translation>%1 a été remplacé ou supprimé sur le disque. Mixscope continue de lire la version qu’il a ouverte.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Chosen on the spectrum: %1</source>
        <translation>Choisi sur le spectre : %1</translation>
    </message>
    <message>
        <source>Only %1 will play. Press Space to listen, B to hear everything.</source>
        <translation>Seule la bande %1 sera jouée. Appuyez sur Espace pour écouter, B pour tout entendre.</translation>
    </message>
    <message>
        <source>Looping %1 of the mix. L stops looping.</source>
        <translation>Lecture en boucle de %1 du mix. L arrête la boucle.</translation>
    </message>
</context>
<context>
    <name>mixscope::OverviewView</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Score card</source>
        <translation>Tableau des mesures</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Score card&lt;/b&gt; — the mix beside each reference</source>
        <translation>&lt;b&gt;Tableau des &amp;mesures&lt;/b&gt; — le mix à côté de chaque référence</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waiting for your analysed mix&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;En attente de votre mix analysé&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;p style=&apos;margin:0&apos;&gt;Measured %2 — %3.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;p style=&apos;margin:0&apos;&gt;Mesuré %2 — %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Closest profile</source>
        <translation>Profil le plus proche</translation>
    </message>
    <message>
        <source>How far the mix sits from each of your profiles, measured in the spread of its tracks: tonal balance (counted twice), stereo width, dynamics and tempo. 1 is the edge of their usual range (10th to 90th percentile) in every measure at once.</source>
        <translation>À quelle distance le mix se trouve de chacun de vos profils, mesurée dans la dispersion de ses morceaux&#xa0;: équilibre tonal (compté double), largeur stéréo, dynamique et tempo. 1 est le bord de leur plage habituelle (10e au 90e centile) dans toutes les mesures à la fois.</translation>
    </message>
    <message>
        <source>%1
from the profile “%2”</source>
        <translation>%1
du profil «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>mixscope::PlayMenu</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>When &amp;switching tracks</source>
        <translation>Au &amp;changement de piste</translation>
    </message>
    <message>
        <source>Stay at the same &amp;time</source>
        <translation>Rester au même &amp;instant</translation>
    </message>
    <message>
        <source>Go to the same &amp;place in the song (for tracks of different lengths)</source>
        <translation>Aller au même &amp;endroit du morceau (pour des pistes de durées différentes)</translation>
    </message>
    <message>
        <source>Output &amp;device</source>
        <translation>&amp;Périphérique de sortie</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
</context>
<context>
    <name>mixscope::PlaybackController</name>
    <message>
        <source>Play the mix</source>
        <translation>Écouter le mix</translation>
    </message>
    <message>
        <source>Play reference %1</source>
        <translation>Écouter la référence %L1</translation>
    </message>
    <message>
        <source>Switch between mix and reference</source>
        <translation>Basculer entre mix et référence</translation>
    </message>
    <message>
        <source>Match loudness</source>
        <translation>Aligner la loudness</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <source>Band solo</source>
        <translation>Solo de bande</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Reculer de 5 secondes</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avancer de 5 secondes</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 is not connected: playing on %2.</source>
        <translation>%1 n’est pas branché&#xa0;: lecture sur %2.</translation>
    </message>
    <message>
        <source>Playing on %1.</source>
        <translation>Lecture sur %1.</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mixscope::PlaybackSource</name>
    <message>
        <source>the file was changed on disk while it was playing (written to or cut short)</source>
        <translation>le fichier a été modifié sur le disque pendant la lecture (réécrit ou tronqué)</translation>
    </message>
</context>
<context>
    <name>mixscope::ProfileCommand</name>
    <message>
        <source>Usage: mixscope profile create NAME FILE|FOLDER... -o FILE [--add] [--quiet]
       mixscope profile show FILE
</source>
        <translation>Usage&#xa0;: mixscope profile create NOM FICHIER|DOSSIER... -o FICHIER [--add] [--quiet]
        mixscope profile show FICHIER
</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) %4</source>
        <translation>%1 (%2 à %3) %4</translation>
    </message>
    <message>
        <source>Analyses reference tracks once and saves what the comparison needs, no audio, as a profile to judge mixes against later.</source>
        <translation>Analyse une fois des morceaux de référence et enregistre ce dont la comparaison a besoin, sans audio, comme un profil auquel comparer vos mix plus tard.</translation>
    </message>
    <message>
        <source>The profile file to write (*.mixprofile.json).</source>
        <translation>Le fichier de profil à écrire (*.mixprofile.json).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Add the files to the existing profile FILE.</source>
        <translation>Ajouter les fichiers au profil existant FICHIER.</translation>
    </message>
    <message>
        <source>Print no progress and no summary.</source>
        <translation>N’afficher ni progression ni résumé.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>Reference tracks, or folders of them.</source>
        <translation>Des morceaux de référence, ou des dossiers qui en contiennent.</translation>
    </message>
    <message>
        <source>name the profile and give at least one reference file or folder, e.g. mixscope profile create &quot;Deep house&quot; ~/refs/house -o house.mixprofile.json</source>
        <translation>nommez le profil et donnez au moins un fichier ou un dossier de référence, par ex. mixscope profile create &quot;Deep house&quot; ~/refs/house -o house.mixprofile.json</translation>
    </message>
    <message>
        <source>say where to write the profile with -o FILE</source>
        <translation>indiquez où écrire le profil avec -o FICHIER</translation>
    </message>
    <message>
        <source>mixscope: %1: cannot add to this profile: %2
</source>
        <translation>mixscope&#xa0;: %1&#xa0;: impossible d’ajouter à ce profil&#xa0;: %2
</translation>
    </message>
    <message>
        <source>mixscope: %1 exists already; add to it with --add, or write the profile to another file
</source>
        <translation>mixscope&#xa0;: %1 existe déjà&#xa0;; ajoutez-y des morceaux avec --add, ou écrivez le profil dans un autre fichier
</translation>
    </message>
    <message>
        <source>mixscope: cannot write the profile to %1: %2
</source>
        <translation>mixscope&#xa0;: impossible d’écrire le profil dans %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>the profile&apos;s name is empty</source>
        <translation>le nom du profil est vide</translation>
    </message>
    <message>
        <source>mixscope: %1: no audio files in this folder
</source>
        <translation>mixscope&#xa0;: %1&#xa0;: aucun fichier audio dans ce dossier
</translation>
    </message>
    <message>
        <source>mixscope: no reference files to analyse
</source>
        <translation>mixscope&#xa0;: aucun fichier de référence à analyser
</translation>
    </message>
    <message>
        <source>mixscope: %1: warning: %2
</source>
        <translation>mixscope&#xa0;: %1&#xa0;: avertissement&#xa0;: %2
</translation>
    </message>
    <message>
        <source>mixscope: %1: the same recording is in the profile already; left out
</source>
        <translation>mixscope&#xa0;: %1&#xa0;: le même enregistrement est déjà dans le profil&#xa0;; ignoré
</translation>
    </message>
    <message>
        <source>mixscope: no profile written: none of the files could be analysed
</source>
        <translation>mixscope&#xa0;: aucun profil écrit&#xa0;: aucun des fichiers n’a pu être analysé
</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1”: %n track(s), written to %2 (%3)
</source>
        <translation>
            <numerusform>Profil «&#xa0;%1&#xa0;»&#xa0;: %n morceau, écrit dans %2 (%3)
</numerusform>
            <numerusform>Profil «&#xa0;%1&#xa0;»&#xa0;: %n morceaux, écrit dans %2 (%3)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) added.
</source>
        <translation>
            <numerusform>%n morceau ajouté.
</numerusform>
            <numerusform>%n morceaux ajoutés.
</numerusform>
        </translation>
    </message>
    <message>
        <source>show takes one profile file</source>
        <translation>show attend un seul fichier de profil</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1”, made %2, %n track(s):
</source>
        <translation>
            <numerusform>Profil «&#xa0;%1&#xa0;», créé le %2, %n morceau&#xa0;:
</numerusform>
            <numerusform>Profil «&#xa0;%1&#xa0;», créé le %2, %n morceaux&#xa0;:
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
Les valeurs des morceaux, médiane (10e au 90e centile)&#xa0;:
</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Loudness</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>Plage de loudness</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>True peak</translation>
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
        <translation>Facteur de crête</translation>
    </message>
    <message>
        <source>Transient strength</source>
        <translation>Force des transitoires</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <source>Low-end correlation</source>
        <translation>Corrélation des basses</translation>
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
Spectre, chaque octave par rapport à la loudness du morceau, dB&#xa0;:
</translation>
    </message>
    <message>
        <source>say what to do: create or show</source>
        <translation>indiquez quoi faire&#xa0;: create ou show</translation>
    </message>
    <message>
        <source>unknown command “%1”: create or show</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;: create ou show</translation>
    </message>
</context>
<context>
    <name>mixscope::ProfileDistance</name>
    <message>
        <source>within their usual range (distance %1)</source>
        <translation>dans leur plage habituelle (distance %1)</translation>
    </message>
    <message>
        <source>near them (distance %1)</source>
        <translation>proche (distance %1)</translation>
    </message>
    <message>
        <source>far from them (distance %1)</source>
        <translation>loin (distance %1)</translation>
    </message>
    <message numerus="yes">
        <source>Most like your “%1” references (%n track(s)): %2.</source>
        <translation>
            <numerusform>Ressemble le plus à vos références «&#xa0;%1&#xa0;» (%n morceau)&#xa0;: %2.</numerusform>
            <numerusform>Ressemble le plus à vos références «&#xa0;%1&#xa0;» (%n morceaux)&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your “%1” references (%n track(s)): %2.</source>
        <translation>
            <numerusform>Vos références «&#xa0;%1&#xa0;» (%n morceau)&#xa0;: %2.</numerusform>
            <numerusform>Vos références «&#xa0;%1&#xa0;» (%n morceaux)&#xa0;: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::ProfilesMenu</name>
    <message>
        <source>&amp;Save references as profile…</source>
        <translation>&amp;Enregistrer les références comme profil…</translation>
    </message>
    <message>
        <source>Keep what Mixscope measured of the reference tracks, to compare later mixes with them without the files</source>
        <translation>Garder ce que Mixscope a mesuré des morceaux de référence, pour comparer de futurs mix sans les fichiers</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>&amp;Ouvrir un profil…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n track(s))</source>
        <translation>
            <numerusform>%1 (%n morceau)</numerusform>
            <numerusform>%1 (%n morceaux)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading your profiles…</source>
        <translation>Lecture de vos profils…</translation>
    </message>
    <message>
        <source>No profiles yet: save your references as one</source>
        <translation>Pas encore de profil&#xa0;: enregistrez vos références comme profil</translation>
    </message>
    <message>
        <source>Show the profiles &amp;folder</source>
        <translation>Afficher le &amp;dossier des profils</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Ouvrir un profil</translation>
    </message>
    <message>
        <source>Save references as profile</source>
        <translation>Enregistrer les références comme profil</translation>
    </message>
    <message numerus="yes">
        <source>%n reference track(s). Name the profile, e.g. after the style:</source>
        <translation>
            <numerusform>%n morceau de référence. Nommez le profil, par exemple d’après le style&#xa0;:</numerusform>
            <numerusform>%n morceaux de référence. Nommez le profil, par exemple d’après le style&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>My references</source>
        <translation>Mes références</translation>
    </message>
    <message>
        <source>You have a profile called “%1” already. Replace it?</source>
        <translation>Vous avez déjà un profil nommé «&#xa0;%1&#xa0;». Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Saving the profile “%1”…</source>
        <translation>Enregistrement du profil «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The profile “%1” could not be saved: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1” saved: %n track(s). Find it in the Profiles menu.</source>
        <translation>
            <numerusform>Profil «&#xa0;%1&#xa0;» enregistré&#xa0;: %n morceau. Vous le trouverez dans le menu Profils.</numerusform>
            <numerusform>Profil «&#xa0;%1&#xa0;» enregistré&#xa0;: %n morceaux. Vous le trouverez dans le menu Profils.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prof&amp;iles</source>
        <translation>Prof&amp;ils</translation>
    </message>
    <message>
        <source>This profile is in the track list already</source>
        <translation>Ce profil est déjà dans la liste des morceaux</translation>
    </message>
    <message>
        <source>Mixscope profiles (*.mixprofile.json)</source>
        <translation>Profils Mixscope (*.mixprofile.json)</translation>
    </message>
</context>
<context>
    <name>mixscope::RecentFilesMenu</name>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>mixscope::ReferenceProfile</name>
    <message>
        <source>the profile does not exist</source>
        <translation>le profil n’existe pas</translation>
    </message>
    <message>
        <source>this is a folder, not a profile</source>
        <translation>c’est un dossier, pas un profil</translation>
    </message>
    <message>
        <source>the profile cannot be read (%1)</source>
        <translation>le profil ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>this is not a Mixscope profile (it is far too large for one)</source>
        <translation>ce n’est pas un profil Mixscope (il est bien trop gros pour en être un)</translation>
    </message>
    <message>
        <source>this is not a Mixscope profile (it is not valid JSON)</source>
        <translation>ce n’est pas un profil Mixscope (ce n’est pas du JSON valide)</translation>
    </message>
    <message>
        <source>this is not a Mixscope profile</source>
        <translation>ce n’est pas un profil Mixscope</translation>
    </message>
    <message>
        <source>the profile has no valid format version</source>
        <translation>le profil n’a pas de version de format valide</translation>
    </message>
    <message>
        <source>the profile was saved by a newer Mixscope (format %1); this one reads format %2</source>
        <translation>le profil a été enregistré par une version plus récente de Mixscope (format %L1)&#xa0;; celle-ci lit le format %L2</translation>
    </message>
    <message>
        <source>the profile was changed after Mixscope wrote it (its checksum does not match); make it again with mixscope profile create</source>
        <translation>le profil a été modifié après son écriture par Mixscope (sa somme de contrôle ne correspond pas)&#xa0;; recréez-le avec mixscope profile create</translation>
    </message>
    <message>
        <source>the profile has no name</source>
        <translation>le profil n’a pas de nom</translation>
    </message>
    <message>
        <source>the profile holds no tracks</source>
        <translation>le profil ne contient aucun morceau</translation>
    </message>
    <message>
        <source>the profile is damaged (track %1: %2)</source>
        <translation>le profil est endommagé (morceau %L1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the profile cannot be written (%1)</source>
        <translation>le profil ne peut pas être écrit (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::SampleRateConverter</name>
    <message>
        <source>a sample rate of %1 Hz to %2 Hz cannot be converted</source>
        <translation>une fréquence d’échantillonnage de %L1 Hz ne peut pas être convertie en %L2 Hz</translation>
    </message>
    <message>
        <source>the sample rate converter cannot start (%1)</source>
        <translation>le convertisseur de fréquence d’échantillonnage ne peut pas démarrer (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::ScoreCard</name>
    <message>
        <source>Integrated loudness</source>
        <translation>Loudness intégrée</translation>
    </message>
    <message>
        <source>How loud the whole track feels (EBU R128)</source>
        <translation>Volume perçu du morceau entier (EBU R128)</translation>
    </message>
    <message>
        <source>Match gain</source>
        <translation>Gain d’alignement</translation>
    </message>
    <message>
        <source>Gain that brings the track to the mix&apos;s loudness</source>
        <translation>Gain qui amène la piste à la loudness du mix</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>Plage de loudness</translation>
    </message>
    <message>
        <source>How much the loudness moves (EBU Tech 3342)</source>
        <translation>Ampleur des variations de loudness (EBU Tech 3342)</translation>
    </message>
    <message>
        <source>LU</source>
        <translation>LU</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>True peak</translation>
    </message>
    <message>
        <source>Highest level between samples; above -1 dBTP lossy encoding clips</source>
        <translation>Niveau le plus haut, y compris entre les échantillons&#xa0;; au-dessus de -1 dBTP, l’encodage avec perte écrête</translation>
    </message>
    <message>
        <source>PLR</source>
        <translation>PLR</translation>
    </message>
    <message>
        <source>True peak minus loudness: room for the peaks</source>
        <translation>True peak moins loudness&#xa0;: la place laissée aux crêtes</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Crest factor</source>
        <translation>Facteur de crête</translation>
    </message>
    <message>
        <source>Sample peak minus RMS</source>
        <translation>Crête d’échantillon moins RMS</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <source>+1 mono, 0 wide, below 0 cancels in mono</source>
        <translation>+1 mono, 0 large, sous 0 s’annule en mono</translation>
    </message>
    <message>
        <source>Low-end correlation</source>
        <translation>Corrélation des basses</translation>
    </message>
    <message>
        <source>Correlation below 150 Hz: bass should be near +1</source>
        <translation>Corrélation sous 150 Hz&#xa0;: les basses doivent être proches de +1</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Beats per minute</source>
        <translation>Battements par minute</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Fréq. d’échantillonnage</translation>
    </message>
    <message>
        <source>Samples per second</source>
        <translation>Échantillons par seconde</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Bits per sample; lossy files have none</source>
        <translation>Bits par échantillon&#xa0;; les fichiers avec perte n’en ont pas</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%L1 bits</translation>
    </message>
    <message>
        <source>lossy, %1 kbps</source>
        <translation>avec perte, %L1 kbps</translation>
    </message>
    <message>
        <source>lossy</source>
        <translation>avec perte</translation>
    </message>
    <message>
        <source>against the usual ranges for a mix (no reference yet)</source>
        <translation>par rapport aux plages habituelles d’un mix (pas encore de référence)</translation>
    </message>
    <message>
        <source>nothing stands out</source>
        <translation>rien ne ressort</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>against %n reference(s), loudness-matched</source>
        <translation>
            <numerusform>par rapport à %n référence, à loudness égale</numerusform>
            <numerusform>par rapport à %n références, à loudness égale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference file(s)</source>
        <translation>
            <numerusform>%n fichier de référence</numerusform>
            <numerusform>%n fichiers de référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile “%1” (%n track(s))</source>
        <translation>
            <numerusform>le profil «&#xa0;%1&#xa0;» (%n morceau)</numerusform>
            <numerusform>le profil «&#xa0;%1&#xa0;» (%n morceaux)</numerusform>
        </translation>
    </message>
    <message>
        <source>against %1, loudness-matched</source>
        <translation>par rapport à %1, à loudness égale</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
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
        <translation>Couplet</translation>
    </message>
    <message>
        <source>Build-up</source>
        <translation>Montée</translation>
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
        <translation>Break</translation>
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
        <translation>L’analyse a été annulée.</translation>
    </message>
</context>
<context>
    <name>mixscope::SessionFile</name>
    <message>
        <source>the session file does not exist</source>
        <translation>le fichier de session n’existe pas</translation>
    </message>
    <message>
        <source>this is a folder, not a session file</source>
        <translation>c’est un dossier, pas un fichier de session</translation>
    </message>
    <message>
        <source>the session file cannot be read (%1)</source>
        <translation>le fichier de session ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>this is not a Mixscope session file (it is not valid JSON)</source>
        <translation>ce n’est pas un fichier de session Mixscope (ce n’est pas du JSON valide)</translation>
    </message>
    <message>
        <source>this is not a Mixscope session file</source>
        <translation>ce n’est pas un fichier de session Mixscope</translation>
    </message>
    <message>
        <source>the session file has no valid format version</source>
        <translation>le fichier de session n’a pas de version de format valide</translation>
    </message>
    <message>
        <source>the session was saved by a newer Mixscope (format %1); this one reads format %2</source>
        <translation>la session a été enregistrée par une version plus récente de Mixscope (format %L1)&#xa0;; celle-ci lit le format %L2</translation>
    </message>
    <message>
        <source>the session cannot be written (%1)</source>
        <translation>la session ne peut pas être écrite (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::SessionFiles</name>
    <message numerus="yes">
        <source>Analysing %n file(s)…</source>
        <translation>
            <numerusform>Analyse de %n fichier…</numerusform>
            <numerusform>Analyse de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo session</source>
        <translation>Session de démo</translation>
    </message>
    <message>
        <source>The demo session could not be created: %1</source>
        <translation>La session de démo n’a pas pu être créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>The session could not be saved to %1: %2</source>
        <translation>La session n’a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Session enregistrée dans %1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>The session %1 could not be opened: %2</source>
        <translation>La session %1 n’a pas pu être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export feedback sheet</source>
        <translation>Exporter la fiche de retour</translation>
    </message>
    <message>
        <source>The feedback sheet could not be saved to %1: %2.</source>
        <translation>La fiche de retour n’a pas pu être enregistrée dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Feedback sheet saved to %1</source>
        <translation>Fiche de retour enregistrée dans %1</translation>
    </message>
    <message>
        <source>Open your mix and reference tracks</source>
        <translation>Ouvrir votre mix et vos morceaux de référence</translation>
    </message>
    <message>
        <source>Mixscope sessions (*.mixscope.json *.mixscope);;All files (*)</source>
        <translation>Sessions Mixscope (*.mixscope.json *.mixscope);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Mixscope sessions (*.mixscope.json)</source>
        <translation>Sessions Mixscope (*.mixscope.json)</translation>
    </message>
    <message>
        <source>%1 feedback sheet</source>
        <translation>Fiche de retour %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Audio files and profiles (%1 *.mixprofile.json);;All files (*)</source>
        <translation>Fichiers audio et profils (%1 *.mixprofile.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>mixscope::SpectrumCharts</name>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Fréquence (Hz)</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>Niveau (dB)</translation>
    </message>
    <message>
        <source>Δ dB</source>
        <translation>Δ dB</translation>
    </message>
    <message>
        <source>Spectrum, loudness-matched to the mix</source>
        <translation>Spectre, aligné en loudness sur le mix</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Average of the references</source>
        <translation>Moyenne des références</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mix minus the references&apos; average</source>
        <translation>Mix moins la moyenne des références</translation>
    </message>
    <message>
        <source>Mix minus the reference</source>
        <translation>Mix moins la référence</translation>
    </message>
    <message>
        <source>Difference: above 0 the mix has more than the references</source>
        <translation>Différence&#xa0;: au-dessus de 0, le mix en a plus que les références</translation>
    </message>
    <message>
        <source>Difference: add a reference track to compare the mix with</source>
        <translation>Différence&#xa0;: ajoutez un morceau de référence auquel comparer le mix</translation>
    </message>
    <message>
        <source>Difference: waiting for the analysed mix</source>
        <translation>Différence&#xa0;: en attente du mix analysé</translation>
    </message>
    <message>
        <source>Range of the references</source>
        <translation>Étendue des références</translation>
    </message>
    <message>
        <source>Mix minus %1</source>
        <translation>Mix moins %1</translation>
    </message>
    <message>
        <source>Difference: above 0 the mix has more than %1</source>
        <translation>Différence : au-dessus de 0, le mix en a plus que %1</translation>
    </message>
</context>
<context>
    <name>mixscope::SpectrumView</name>
    <message>
        <source>Fine (1/6 octave)</source>
        <translation>Fine (1/6 d’octave)</translation>
    </message>
    <message>
        <source>Spectrum resolution</source>
        <translation>Résolution du spectre</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>Loudness-matched spectra</source>
        <translation>Spectres à loudness égale</translation>
    </message>
    <message>
        <source>Spectrum difference, mix minus references</source>
        <translation>Différence spectrale, mix moins références</translation>
    </message>
    <message>
        <source>1/3 octave (as in the comparison)</source>
        <translation>1/3 d’octave (comme la comparaison)</translation>
    </message>
    <message>
        <source>Each refere&amp;nce</source>
        <translation>Chaque référe&amp;nce</translation>
    </message>
    <message>
        <source>Compare the mix with</source>
        <translation>Comparer le mix avec</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Compar&amp;er avec :</translation>
    </message>
    <message>
        <source>Also draw the mix minus each reference on the difference</source>
        <translation>Tracer aussi, sur la différence, le mix moins chaque référence</translation>
    </message>
    <message>
        <source>Click to hear only the octave around a frequency, or drag across a range to hear only that range</source>
        <translation>Cliquez pour n’entendre que l’octave autour d’une fréquence, ou faites glisser sur une plage pour n’entendre qu’elle</translation>
    </message>
    <message>
        <source>The references&apos; average</source>
        <translation>La moyenne des références</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>La référence</translation>
    </message>
    <message>
        <source>Tracks&apos; colours and match gains</source>
        <translation>Couleurs des morceaux et gains d’alignement</translation>
    </message>
    <message>
        <source>Each reference is turned up or down by its match gain, so that every curve is drawn, and heard, at the mix&apos;s loudness</source>
        <translation>Chaque référence est montée ou baissée de son gain d’alignement, pour que chaque courbe soit tracée, et entendue, à la loudness du mix</translation>
    </message>
    <message>
        <source>the mix</source>
        <translation>le mix</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>non alignée</translation>
    </message>
    <message>
        <source>Average of the references</source>
        <translation>Moyenne des références</translation>
    </message>
    <message>
        <source>Range of the references</source>
        <translation>Étendue des références</translation>
    </message>
    <message>
        <source>Waiting for analysed tracks…</source>
        <translation>En attente des morceaux analysés…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loudness match&lt;/b&gt;  %1</source>
        <translation>&lt;b&gt;Alignement de loudness&lt;/b&gt;  %1</translation>
    </message>
</context>
<context>
    <name>mixscope::StereoCharts</name>
    <message>
        <source>Correlation over time</source>
        <translation>Corrélation dans le temps</translation>
    </message>
    <message>
        <source>Width per band (side minus mid)</source>
        <translation>Largeur par bande (side moins mid)</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Fréquence (Hz)</translation>
    </message>
    <message>
        <source>Side − mid (dB)</source>
        <translation>Side − mid (dB)</translation>
    </message>
    <message>
        <source>Low end: keep it near mono</source>
        <translation>Basses&#xa0;: à garder proches du mono</translation>
    </message>
</context>
<context>
    <name>mixscope::StereoView</name>
    <message>
        <source>Vectorscopes</source>
        <translation>Vectorscopes</translation>
    </message>
    <message>
        <source>Correlation over time</source>
        <translation>Corrélation dans le temps</translation>
    </message>
    <message>
        <source>Width per band</source>
        <translation>Largeur par bande</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tracks&apos; colours</source>
        <translation>Couleurs des pistes</translation>
    </message>
</context>
<context>
    <name>mixscope::ThemeMenu</name>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>mixscope::TrackAnalyzer</name>
    <message>
        <source>the analysis was cancelled</source>
        <translation>l’analyse a été annulée</translation>
    </message>
    <message>
        <source>the file was changed while it was being analysed (written to or cut short); analyse it again once it is saved</source>
        <translation>le fichier a été modifié pendant son analyse (écrit ou tronqué)&#xa0;; analysez-le à nouveau une fois qu’il sera enregistré</translation>
    </message>
    <message>
        <source>it is too short to measure (%1 s; at least 0.4 s is needed)</source>
        <translation>il est trop court pour être mesuré (%1 s&#xa0;; il faut au moins 0,4 s)</translation>
    </message>
    <message>
        <source>it contains only digital silence (%1 s)</source>
        <translation>il ne contient que du silence numérique (%1 s)</translation>
    </message>
    <message>
        <source>it is too quiet to measure (below -70 LUFS; peak %1 dBFS)</source>
        <translation>il est trop faible pour être mesuré (sous -70 LUFS&#xa0;; crête à %L1 dBFS)</translation>
    </message>
    <message>
        <source>mono file: analysed as dual-mono (the same signal on both sides)</source>
        <translation>fichier mono&#xa0;: analysé en double mono (le même signal des deux côtés)</translation>
    </message>
    <message>
        <source>downmixed from %1 (%2 channels) to stereo with the ITU-R BS.775 coefficients; the LFE channel is left out</source>
        <translation>réduit de %1 (%L2 canaux) en stéréo avec les coefficients ITU-R BS.775&#xa0;; le canal LFE est ignoré</translation>
    </message>
    <message>
        <source>the file is truncated or its header is wrong: it claims %1 s of audio but holds %2 s</source>
        <translation>le fichier est tronqué ou son en-tête est erroné&#xa0;: il annonce %1 s d’audio mais n’en contient que %2 s</translation>
    </message>
    <message>
        <source>the file was replaced or deleted while it was being analysed; these results are for the version that was opened</source>
        <translation>le fichier a été remplacé ou supprimé pendant son analyse&#xa0;; ces résultats concernent la version qui avait été ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%1 sample(s) were not valid audio values (NaN, infinite or beyond +24 dBFS) and were treated as silence</source>
        <translation>
            <numerusform>%L1 échantillon n’était pas une valeur audio valide (NaN, infini ou au-delà de +24 dBFS) et a été traité comme du silence</numerusform>
            <numerusform>%L1 échantillons n’étaient pas des valeurs audio valides (NaN, infinies ou au-delà de +24 dBFS) et ont été traités comme du silence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged block(s) in the audio data were skipped</source>
        <translation>
            <numerusform>%n bloc endommagé des données audio a été ignoré</numerusform>
            <numerusform>%n blocs endommagés des données audio ont été ignorés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::TrackListModel</name>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stéréo</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%L1 bits</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%L1 kbps</translation>
    </message>
    <message>
        <source>%1
Could not be analysed: %2</source>
        <translation>%1
Analyse impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Analysing… %1%</source>
        <translation>Analyse… %L1&#xa0;%</translation>
    </message>
    <message>
        <source>Cancelled — right-click to analyse it again</source>
        <translation>Annulée — clic droit pour relancer l’analyse</translation>
    </message>
    <message>
        <source>Ready · matched at %1</source>
        <translation>Prête · alignement %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Loudness</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>True peak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1
A reference profile: what Mixscope kept of these tracks, no audio. They are compared as references; there is nothing to play.
%2</source>
        <translation>%1
Un profil de référence&#xa0;: ce que Mixscope a gardé de ces morceaux, sans audio. Ils sont comparés comme références&#xa0;; il n’y a rien à écouter.
%2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s), no audio</source>
        <translation>
            <numerusform>%n morceau, sans audio</numerusform>
            <numerusform>%n morceaux, sans audio</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready · references, not played</source>
        <translation>Prêt · références, sans lecture</translation>
    </message>
</context>
<context>
    <name>mixscope::TrackTable</name>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>&amp;Annuler l’analyse</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>The top track is your mix: drag a track to the top, or right-click it, to make it the mix. Right-click to cancel or remove a track.</source>
        <translation>La piste du haut est votre mix&#xa0;: faites glisser une piste tout en haut, ou faites un clic droit dessus, pour en faire le mix. Clic droit pour annuler ou retirer une piste.</translation>
    </message>
    <message>
        <source>Use as &amp;mix</source>
        <translation>Utiliser comme &amp;mix</translation>
    </message>
    <message>
        <source>&amp;Analyse again</source>
        <translation>&amp;Relancer l’analyse</translation>
    </message>
    <message>
        <source>Cancel and &amp;remove</source>
        <translation>Annuler et re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
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
        <translation>Basses 60–150 Hz</translation>
    </message>
    <message>
        <source>Low mids 150–500 Hz</source>
        <translation>Bas-médiums 150–500 Hz</translation>
    </message>
    <message>
        <source>Mids 500 Hz–2 kHz</source>
        <translation>Médiums 500 Hz–2 kHz</translation>
    </message>
    <message>
        <source>High mids 2–6 kHz</source>
        <translation>Haut-médiums 2–6 kHz</translation>
    </message>
    <message>
        <source>Highs 6–20 kHz</source>
        <translation>Aigus 6–20 kHz</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Band to solo</source>
        <translation>Bande à écouter en solo</translation>
    </message>
    <message>
        <source>Match loudness</source>
        <translation>Aligner la loudness</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <source>Band solo</source>
        <translation>Solo de bande</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Référence %L1</translation>
    </message>
    <message>
        <source>%1: %2 (key %3; A switches between the mix and the last reference)</source>
        <translation>%1&#xa0;: %2 (touche %3&#xa0;; A bascule entre le mix et la dernière référence)</translation>
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
        <translation>tout du long</translation>
    </message>
</context>
<context>
    <name>mixscope::VectorscopePicture</name>
    <message>
        <source>correlation %1 · low end %2</source>
        <translation>corrélation %1 · basses %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>L</source>
        <translation>G</translation>
    </message>
    <message>
        <source>R</source>
        <translation>D</translation>
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
        <translation>Vectorscope de %1</translation>
    </message>
    <message>
        <source>%1
Vertical: mono (L + R). Diagonals: left and right only. Spread sideways: width; along the horizontal: out of phase.</source>
        <translation>%1
Verticale&#xa0;: mono (G + D). Diagonales&#xa0;: gauche ou droite seule. Étalement latéral&#xa0;: largeur&#xa0;; le long de l’horizontale&#xa0;: opposition de phase.</translation>
    </message>
</context>
</TS>
