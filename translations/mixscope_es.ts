<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Open the built-in demo session.</source>
        <translation>Abre la sesión de demostración incluida.</translation>
    </message>
    <message>
        <source>Your mix, then reference tracks.</source>
        <translation>Tu mezcla y, después, las pistas de referencia.</translation>
    </message>
    <message>
        <source>Compares your mix with reference tracks, loudness-matched, and tells you what stands between them.

Command line report: mixscope analyze MIX [--ref REF]... [--profile FILE] [--json FILE|-] [--pdf FILE] [--compact] [--quiet]
(see mixscope analyze --help)
Reference profiles: mixscope profile create NAME FILE|FOLDER... -o FILE [--add]; mixscope profile show FILE</source>
        <translation>Compara tu mezcla con pistas de referencia a igual sonoridad y te dice qué las separa.

Informe por línea de comandos: mixscope analyze MIX [--ref REF]... [--profile ARCHIVO] [--json ARCHIVO|-] [--pdf ARCHIVO] [--compact] [--quiet]
(consulta mixscope analyze --help)
Perfiles de referencia: mixscope profile create NOMBRE ARCHIVO|CARPETA... -o ARCHIVO [--add]; mixscope profile show ARCHIVO</translation>
    </message>
</context>
<context>
    <name>mixscope::AnalyzeCommand</name>
    <message>
        <source>Analysing: %1</source>
        <translation>Analizando: %1</translation>
    </message>
    <message>
        <source>mixscope: analysing %1: %2%
</source>
        <translation>mixscope: analizando %1: %L2 %
</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mezcla</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source> · match %1</source>
        <translation> · igualación %1</translation>
    </message>
    <message>
        <source>
No mixdown problems found.
</source>
        <translation>
No se han encontrado problemas de mezcla.
</translation>
    </message>
    <message>
        <source>
Findings, worst first:
</source>
        <translation>
Hallazgos, de más a menos graves:
</translation>
    </message>
    <message>
        <source>      Where: %1
</source>
        <translation>      Dónde: %1
</translation>
    </message>
    <message>
        <source>Measures a mix and its reference tracks the same way and writes a report.</source>
        <translation>Mide una mezcla y sus pistas de referencia del mismo modo y escribe un informe.</translation>
    </message>
    <message>
        <source>A reference track to compare the mix with (repeatable).</source>
        <translation>Una pista de referencia con la que comparar la mezcla (se puede repetir).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Write the JSON report to FILE (- for stdout).</source>
        <translation>Escribe el informe JSON en ARCHIVO (- para la salida estándar).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Write the feedback sheet (score card, findings, charts) as a PDF to FILE.</source>
        <translation>Escribe el informe de mezcla (tabla de medidas, hallazgos, gráficas) como PDF en ARCHIVO.</translation>
    </message>
    <message>
        <source>Print no progress and no summary.</source>
        <translation>No muestra ni el progreso ni el resumen.</translation>
    </message>
    <message>
        <source>Your mix.</source>
        <translation>Tu mezcla.</translation>
    </message>
    <message>
        <source>Try &apos;mixscope analyze --help&apos;.
</source>
        <translation>Prueba «mixscope analyze --help».
</translation>
    </message>
    <message>
        <source>mixscope analyze: name your mix file, e.g. mixscope analyze mix.wav --ref reference.flac
</source>
        <translation>mixscope analyze: indica el archivo de tu mezcla, p. ej., mixscope analyze mezcla.wav --ref referencia.flac
</translation>
    </message>
    <message>
        <source>mixscope analyze: one mix only (got %1 files); give references with --ref
</source>
        <translation>mixscope analyze: solo se admite una mezcla (se han recibido %L1 archivos); indica las referencias con --ref
</translation>
    </message>
    <message>
        <source>mixscope analyze: --pdf needs a file name
</source>
        <translation>mixscope analyze: --pdf necesita un nombre de archivo
</translation>
    </message>
    <message>
        <source>mixscope: %1: warning: %2
</source>
        <translation>mixscope: %1: aviso: %2
</translation>
    </message>
    <message>
        <source>mixscope: cannot write the report to standard output
</source>
        <translation>mixscope: no se puede escribir el informe en la salida estándar
</translation>
    </message>
    <message>
        <source>mixscope: no feedback sheet: the mix could not be analysed
</source>
        <translation>mixscope: no hay informe de mezcla: no se ha podido analizar la mezcla
</translation>
    </message>
    <message>
        <source>mixscope: cannot write the feedback sheet to %1: %2
</source>
        <translation>mixscope: no se puede escribir el informe de mezcla en %1: %2
</translation>
    </message>
    <message>
        <source>%1 · LRA %2 · %3 · PLR %4 · crest %5</source>
        <translation>%1 · LRA %2 · %3 · PLR %4 · cresta %5</translation>
    </message>
    <message numerus="yes">
        <source>
Feedback sheet written to %1 (%n page(s)).
</source>
        <translation>
            <numerusform>
Informe de mezcla guardado en %1 (%n página).
</numerusform>
            <numerusform>
Informe de mezcla guardado en %1 (%n páginas).
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
        <translation>mixscope: %1: es uno de los archivos que se van a analizar; guarda el informe JSON o el informe de mezcla en otro archivo
</translation>
    </message>
    <message>
        <source>Leave the series over time out of the JSON report (for batch use).</source>
        <translation>Deja fuera del informe JSON las series a lo largo del tiempo (para procesar por lotes).</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1 (perfil «%2»)</translation>
    </message>
    <message>
        <source>Usage: mixscope analyze MIX [--ref REF]... [--profile FILE] [--json FILE|-] [--pdf FILE] [--compact] [--quiet]</source>
        <translation>Uso: mixscope analyze MIX [--ref REF]... [--profile ARCHIVO] [--json ARCHIVO|-] [--pdf ARCHIVO] [--compact] [--quiet]</translation>
    </message>
    <message>
        <source>A reference profile (mixscope profile create). The first one&apos;s tracks are references too; with several, they are ranked by how close the mix sits.</source>
        <translation>Un perfil de referencia (mixscope profile create). Las pistas del primero también son referencias; con varios, se ordenan según lo cerca que está la mezcla.</translation>
    </message>
</context>
<context>
    <name>mixscope::AtomicFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>the existing file is read-only</source>
        <translation>el archivo que ya existe es de solo lectura</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>la carpeta %1 es de solo lectura</translation>
    </message>
</context>
<context>
    <name>mixscope::AudioDecoder</name>
    <message>
        <source>it claims %1 audio channels (Mixscope reads 1 to %2)</source>
        <translation>dice tener %L1 canales de audio (Mixscope lee de 1 a %L2)</translation>
    </message>
    <message>
        <source>its sample rate of %1 Hz is outside what Mixscope reads (%2 to %3 Hz)</source>
        <translation>su frecuencia de muestreo de %1 Hz está fuera de lo que Mixscope lee (de %L2 a %L3 Hz)</translation>
    </message>
    <message>
        <source>the audio data is damaged (a block claims %1 channels at %2 Hz)</source>
        <translation>los datos de audio están dañados (un bloque dice tener %L1 canales a %L2 Hz)</translation>
    </message>
    <message>
        <source>its sample format cannot be converted (%1)</source>
        <translation>su formato de muestra no se puede convertir (%1)</translation>
    </message>
    <message>
        <source>the audio data could not be converted (%1)</source>
        <translation>los datos de audio no se han podido convertir (%1)</translation>
    </message>
    <message>
        <source>the audio data is damaged (%1 unreadable blocks in a row)</source>
        <translation>los datos de audio están dañados (%L1 bloques ilegibles seguidos)</translation>
    </message>
    <message>
        <source>the file could not be read to the end (%1)</source>
        <translation>el archivo no se ha podido leer hasta el final (%1)</translation>
    </message>
    <message>
        <source>no audio could be decoded from it: the file is damaged or is not really %1 audio</source>
        <translation>no se ha podido decodificar ningún audio: el archivo está dañado o no es realmente audio %1</translation>
    </message>
    <message>
        <source>the audio data is damaged (%1 % of the samples are not valid audio values)</source>
        <translation>los datos de audio están dañados (el %L1 % de las muestras no son valores de audio válidos)</translation>
    </message>
    <message>
        <source>the audio data is damaged (%1 unreadable blocks)</source>
        <translation>los datos de audio están dañados (%L1 bloques ilegibles)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>this is a folder, not an audio file</source>
        <translation>es una carpeta, no un archivo de audio</translation>
    </message>
    <message>
        <source>the file cannot be opened for reading (%1)</source>
        <translation>el archivo no se puede abrir para leerlo (%1)</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>no hay memoria suficiente</translation>
    </message>
    <message>
        <source>the file could not be read (input/output error)</source>
        <translation>el archivo no se ha podido leer (error de entrada/salida)</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (its header cannot be read)</source>
        <translation>el archivo está dañado o truncado (no se puede leer su cabecera)</translation>
    </message>
    <message>
        <source>this is not an audio file Mixscope can read (the format was not recognised)</source>
        <translation>no es un archivo de audio que Mixscope pueda leer (no se ha reconocido el formato)</translation>
    </message>
    <message>
        <source>the file is damaged (its stream information cannot be read)</source>
        <translation>el archivo está dañado (no se puede leer la información de sus flujos)</translation>
    </message>
    <message>
        <source>the file is damaged (its audio stream cannot be read)</source>
        <translation>el archivo está dañado (no se puede leer su flujo de audio)</translation>
    </message>
    <message>
        <source>its audio codec (%1) cannot be decoded by this build</source>
        <translation>esta versión de Mixscope no puede decodificar su códec de audio (%1)</translation>
    </message>
    <message>
        <source>this is an image, not an audio file</source>
        <translation>es una imagen, no un archivo de audio</translation>
    </message>
    <message>
        <source>this is not an audio file: it contains no audio (it reads as &quot;%1&quot;)</source>
        <translation>no es un archivo de audio: no contiene audio (se lee como «%1»)</translation>
    </message>
    <message>
        <source>its audio codec (%1) cannot be opened</source>
        <translation>su códec de audio (%1) no se puede abrir</translation>
    </message>
    <message>
        <source>the file cannot be played from another position (%1)</source>
        <translation>el archivo no se puede reproducir desde otra posición (%1)</translation>
    </message>
    <message>
        <source>it is a link to a file that does not exist</source>
        <translation>es un enlace a un archivo que no existe</translation>
    </message>
    <message>
        <source>there is no permission to open the folder it is in</source>
        <translation>no hay permiso para abrir la carpeta en la que está</translation>
    </message>
    <message>
        <source>this is a pipe or a device, not an audio file</source>
        <translation>es una tubería o un dispositivo, no un archivo de audio</translation>
    </message>
    <message>
        <source>there is no permission to read the file</source>
        <translation>no hay permiso para leer el archivo</translation>
    </message>
</context>
<context>
    <name>mixscope::AudioOutput</name>
    <message>
        <source>There is no audio output device.</source>
        <translation>No hay ningún dispositivo de salida de audio.</translation>
    </message>
    <message>
        <source>The audio device %1 plays neither float nor 16-bit stereo at %2 Hz.</source>
        <translation>El dispositivo de audio %1 no reproduce estéreo ni en coma flotante ni en 16 bits a %L2 Hz.</translation>
    </message>
    <message>
        <source>The audio device stopped (%1).</source>
        <translation>El dispositivo de audio se ha detenido (%1).</translation>
    </message>
    <message>
        <source>The audio device %1 cannot be opened.</source>
        <translation>No se puede abrir el dispositivo de audio %1.</translation>
    </message>
    <message>
        <source>The audio device %1 is not connected.</source>
        <translation>El dispositivo de audio %1 no está conectado.</translation>
    </message>
    <message>
        <source>The audio device %1 does not answer.</source>
        <translation>El dispositivo de audio %1 no responde.</translation>
    </message>
</context>
<context>
    <name>mixscope::DemoSession</name>
    <message>
        <source>the demo files cannot be written to %1 (%2)</source>
        <translation>los archivos de demostración no se pueden escribir en %1 (%2)</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>no se puede crear la carpeta</translation>
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
        <translation>tu referencia «%1»</translation>
    </message>
    <message>
        <source>the average of your %1 references</source>
        <translation>la media de tus %L1 referencias</translation>
    </message>
    <message>
        <source> (%1 to %2 dB against each)</source>
        <translation> (de %1 a %2 dB frente a cada una)</translation>
    </message>
    <message>
        <source>Muddy low-mids</source>
        <translation>Medios graves embarrados</translation>
    </message>
    <message>
        <source>Cut %1 around %2 with a wide bell (Q about 1) on the parts that pile up there (pads, guitars, keys, the low end of vocals) and high-pass everything that is not bass or kick at 100–150 Hz.</source>
        <translation>Recorta %1 en torno a %2 con una campana ancha (Q de 1, más o menos) en las partes que se acumulan ahí (pads, guitarras, teclados, los graves de las voces) y aplica un filtro paso alto a 100–150 Hz a todo lo que no sea bajo o bombo.</translation>
    </message>
    <message>
        <source>Boxy mids</source>
        <translation>Medios acartonados</translation>
    </message>
    <message>
        <source>Cut %1 around %2 with a bell (Q 1–2) on whatever sounds like a cardboard box when you solo that band: snare and tom close mics, acoustic guitars, vocals recorded in a small room.</source>
        <translation>Recorta %1 en torno a %2 con una campana (Q de 1–2) en lo que suene a caja de cartón al poner esa banda en solo: micros cercanos de caja y toms, guitarras acústicas, voces grabadas en una habitación pequeña.</translation>
    </message>
    <message>
        <source>Harsh upper mids</source>
        <translation>Medios agudos estridentes</translation>
    </message>
    <message>
        <source>Tame %1 around %2 on the bright parts (distorted guitars, synth leads, vocal presence, cymbals) with a bell or a dynamic EQ that only acts when they get loud; do not boost this area on the bus.</source>
        <translation>Atenúa %1 en torno a %2 en las partes brillantes (guitarras distorsionadas, leads de sintetizador, presencia de la voz, platos) con una campana o un EQ dinámico que solo actúe cuando suban de nivel; no realces esta zona en el bus.</translation>
    </message>
    <message>
        <source>Too bright</source>
        <translation>Demasiado brillante</translation>
    </message>
    <message>
        <source>Lower the top by %1 with a gentle high shelf from about 6 kHz on the mix bus, or pull back hi-hats, cymbals and “air” boosts.</source>
        <translation>Baja los agudos %1 con un shelf de agudos suave desde unos 6 kHz en el bus de mezcla, o modera los hi-hats, los platos y los realces de «aire».</translation>
    </message>
    <message>
        <source>Dull top end</source>
        <translation>Agudos apagados</translation>
    </message>
    <message>
        <source>Open up the top by %1: a gentle high shelf from about 6 kHz on the mix bus, or brighten vocals, cymbals and synths one by one.</source>
        <translation>Abre los agudos %1: un shelf de agudos suave desde unos 6 kHz en el bus de mezcla, o da brillo a voces, platos y sintes uno a uno.</translation>
    </message>
    <message>
        <source>Sub-bass rumble</source>
        <translation>Retumbe en los subgraves</translation>
    </message>
    <message>
        <source>Low-cut the mix bus at 25–35 Hz and high-pass every part that is not kick or bass at 80–150 Hz: most speakers cannot play this energy, but it eats headroom and makes the limiter pump.</source>
        <translation>Corta los graves del bus de mezcla a 25–35 Hz y aplica un filtro paso alto a 80–150 Hz a todas las partes que no sean bombo o bajo: la mayoría de los altavoces no pueden reproducir esta energía, pero se come el headroom y hace que el limitador bombee.</translation>
    </message>
    <message>
        <source>the bass octave above it (40–80 Hz)</source>
        <translation>la octava de graves inmediatamente superior (40–80 Hz)</translation>
    </message>
    <message>
        <source>the trend of the mix&apos;s own spectrum (100 Hz–4 kHz)</source>
        <translation>la tendencia del propio espectro de la mezcla (100 Hz–4 kHz)</translation>
    </message>
    <message>
        <source>%1 dB in %2 against %3 after loudness matching%4.</source>
        <translation>%1 dB en %2 frente a %3 tras igualar la sonoridad%4.</translation>
    </message>
    <message>
        <source>Short bursts at 5–10 kHz rise %1 dB further above the 1–4 kHz presence band than in %2%3.</source>
        <translation>Las ráfagas cortas de 5–10 kHz sobresalen %1 dB más por encima de la banda de presencia de 1–4 kHz que en %2%3.</translation>
    </message>
    <message>
        <source>Sharp sibilance</source>
        <translation>Sibilancia agresiva</translation>
    </message>
    <message>
        <source>Put a de-esser on the vocal (and any part with hard “s” and “t” sounds) at 5–9 kHz, taking %1 off the peaks; check reverb and delay sends, which spread sibilance.</source>
        <translation>Pon un de-esser en la voz (y en cualquier parte con «s» y «t» duras) a 5–9 kHz, quitando %1 a los picos; revisa los envíos de reverb y delay, que extienden la sibilancia.</translation>
    </message>
    <message>
        <source>Bass out of phase between the channels</source>
        <translation>Graves desfasados entre los canales</translation>
    </message>
    <message>
        <source>Wide, unstable bass</source>
        <translation>Graves abiertos e inestables</translation>
    </message>
    <message>
        <source>Correlation below 150 Hz is %1 (1 is mono, -1 is inverted); mixes that translate keep it above %2.</source>
        <translation>La correlación por debajo de 150 Hz es %L1 (1 es mono, -1 es polaridad invertida); las mezclas que suenan bien en cualquier equipo la mantienen por encima de %L2.</translation>
    </message>
    <message>
        <source>Make everything below about 120 Hz mono: a “bass mono” or mono-maker utility on the bass and kick, no stereo widener or chorus on them, and check whether one channel&apos;s polarity is flipped. In mono, on club systems and phone speakers, this bass cancels.</source>
        <translation>Deja en mono todo lo que esté por debajo de unos 120 Hz: una utilidad «bass mono» o mono-maker en el bajo y el bombo, sin ensanchador estéreo ni chorus en ellos, y comprueba si la polaridad de un canal está invertida. En mono, en equipos de club y en altavoces de móvil, estos graves se cancelan.</translation>
    </message>
    <message>
        <source>Poor mono translation</source>
        <translation>Mala compatibilidad mono</translation>
    </message>
    <message>
        <source>About %1 % of the spectrum between 200 Hz and 10 kHz is the same sound in both channels with the %2 channel %3 ms late (a Haas-style widener). Summed to mono it comb-filters: notches every %4 Hz.</source>
        <translation>Alrededor del %L1 % del espectro entre 200 Hz y 10 kHz es el mismo sonido en ambos canales, con el canal %2 retrasado %L3 ms (un ensanchador tipo Haas). Al sumarlo a mono se produce un filtrado en peine: muescas cada %L4 Hz.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>Replace the delay-based widening with real double-tracking, a stereo reverb or a chorus, or keep the delayed side much quieter; listen in mono while you adjust.</source>
        <translation>Sustituye el ensanchamiento por retardo por un doblaje real (double-tracking), una reverb estéreo o un chorus, o deja el lado retrasado mucho más bajo; escucha en mono mientras ajustas.</translation>
    </message>
    <message>
        <source>The channels&apos; correlation is %1 (below 0 more cancels than adds) and the mix loses %2 dB summed to mono.</source>
        <translation>La correlación entre canales es %L1 (por debajo de 0 se cancela más de lo que se suma) y la mezcla pierde %L2 dB al sumarla a mono.</translation>
    </message>
    <message>
        <source>Look for a part with one channel&apos;s polarity inverted, or an extreme stereo widener, and fix it at the source; check the mix in mono.</source>
        <translation>Busca una parte con la polaridad de un canal invertida o un ensanchador estéreo extremo y corrígelo en origen; comprueba la mezcla en mono.</translation>
    </message>
    <message>
        <source>Lopsided stereo image</source>
        <translation>Imagen estéreo descompensada</translation>
    </message>
    <message>
        <source>The left channel is %1 dB louder than the right.</source>
        <translation>El canal izquierdo suena %L1 dB más fuerte que el derecho.</translation>
    </message>
    <message>
        <source>The right channel is %1 dB louder than the left.</source>
        <translation>El canal derecho suena %L1 dB más fuerte que el izquierdo.</translation>
    </message>
    <message>
        <source>Check the pan of the loud parts that should sit in the middle (vocal, kick, snare, bass) and any one-sided effect return; rebalance rather than fixing it on the master.</source>
        <translation>Revisa el panorama de las partes fuertes que deberían ir en el centro (voz, bombo, caja, bajo) y cualquier retorno de efecto que quede a un lado; reequilibra en vez de corregirlo en el máster.</translation>
    </message>
    <message>
        <source>Peaks rise only %1 dB above the short-term loudness (PSR); a mix before mastering usually keeps 10 dB or more, and a mastered song about 8.</source>
        <translation>Los picos sobresalen solo %L1 dB por encima de la sonoridad a corto plazo (PSR); una mezcla antes de la masterización suele conservar 10 dB o más, y una canción masterizada, unos 8.</translation>
    </message>
    <message>
        <source>Squashed, lacking punch</source>
        <translation>Aplastada, sin pegada</translation>
    </message>
    <message>
        <source>Ease off the bus compressor and limiter: less gain reduction (1–3 dB), a slower attack of 10–30 ms so the drums&apos; hits pass, and no limiter before mastering. If the mix needs glue, use parallel compression.</source>
        <translation>Relaja el compresor y el limitador del bus: menos reducción de ganancia (1–3 dB), un ataque más lento, de 10–30 ms, para que pasen los golpes de la batería, y nada de limitador antes de la masterización. Si la mezcla necesita cohesión, usa compresión en paralelo.</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>Clipping</translation>
    </message>
    <message>
        <source>Find what overloads (the master bus, a clipper or a track driven into 0 dBFS), turn it down until peaks stay under -1 dBFS, and export again at 24-bit or 32-bit float.</source>
        <translation>Busca lo que satura (el bus máster, un clipper o una pista llevada hasta 0 dBFS), bájalo hasta que los picos queden por debajo de -1 dBFS y vuelve a exportar a 24 bits o a 32 bits en coma flotante.</translation>
    </message>
    <message>
        <source>No headroom for mastering</source>
        <translation>Sin headroom para masterizar</translation>
    </message>
    <message>
        <source>True peak reaches %1 dBTP: above 0, converters and lossy encoders clip between the samples.</source>
        <translation>El pico real llega a %1 dBTP: por encima de 0, los conversores y los codificadores con pérdida recortan entre las muestras.</translation>
    </message>
    <message>
        <source>True peak reaches %1 dBTP; a mix for mastering leaves 3–6 dB.</source>
        <translation>El pico real llega a %1 dBTP; una mezcla para masterizar deja 3–6 dB de headroom.</translation>
    </message>
    <message>
        <source>Turn the whole mix down (every fader, or a gain plug-in first on the master) until peaks sit around -6 dBFS, and take limiters off the mix bus; loudness is mastering&apos;s job.</source>
        <translation>Baja toda la mezcla (todos los faders, o un plugin de ganancia al principio de la cadena del máster) hasta que los picos queden en torno a -6 dBFS, y quita los limitadores del bus de mezcla; la sonoridad es cosa de la masterización.</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>Offset de DC</translation>
    </message>
    <message>
        <source>The left channel sits %1 % and the right %2 % of full scale off zero.</source>
        <translation>El canal izquierdo está desplazado del cero un %L1 % de la escala completa y el derecho, un %L2 %.</translation>
    </message>
    <message>
        <source>Put a DC filter or a 20 Hz high-pass on the master bus (or on the track that carries the offset, often an old recording or a faulty interface) and export again.</source>
        <translation>Pon un filtro de DC o un paso alto a 20 Hz en el bus máster (o en la pista que tenga el offset, a menudo una grabación antigua o una interfaz defectuosa) y vuelve a exportar.</translation>
    </message>
    <message>
        <source>Lossy export</source>
        <translation>Exportación con pérdida</translation>
    </message>
    <message>
        <source>The mix is a lossy %1 file%2: the encoder has already changed its top end, transients and peaks.</source>
        <translation>La mezcla es un archivo %1 con pérdida%2: el codificador ya ha alterado sus agudos, transitorios y picos.</translation>
    </message>
    <message>
        <source> at %1 kbit/s</source>
        <translation> a %L1 kbit/s</translation>
    </message>
    <message>
        <source>Export the mix as WAV or FLAC for feedback and for mastering; make MP3 or AAC files only from the final master.</source>
        <translation>Exporta la mezcla en WAV o FLAC para pedir opiniones y para masterizar; genera los MP3 o AAC solo a partir del máster final.</translation>
    </message>
    <message>
        <source>16-bit export</source>
        <translation>Exportación a 16 bits</translation>
    </message>
    <message>
        <source>The mix is a %1-bit file.</source>
        <translation>La mezcla es un archivo de %L1 bits.</translation>
    </message>
    <message>
        <source>Export mixes for mastering at 24-bit or 32-bit float: 16-bit is for the final release, after mastering and dither.</source>
        <translation>Exporta las mezclas para masterizar a 24 bits o a 32 bits en coma flotante: los 16 bits son para el lanzamiento final, después de la masterización y el dither.</translation>
    </message>
    <message>
        <source>Silence to trim</source>
        <translation>Silencio que recortar</translation>
    </message>
    <message>
        <source>%1 s of silence at the start and %2 s at the end.</source>
        <translation>%L1 s de silencio al principio y %L2 s al final.</translation>
    </message>
    <message>
        <source>Trim the export to the music (keep reverb tails); a long silent start makes listeners and distributors think the file is broken.</source>
        <translation>Recorta la exportación a la música (conserva las colas de reverb); un comienzo largo en silencio hace que oyentes y distribuidoras piensen que el archivo está roto.</translation>
    </message>
    <message numerus="yes">
        <source>%1 flat-topped peaks (%2 samples held at %3 dBFS) where the waveform was cut off, in %n place(s) of the song.</source>
        <translation>
            <numerusform>%L1 picos aplanados (%L2 muestras clavadas en %L3 dBFS) donde se recortó la forma de onda, en %n punto de la canción.</numerusform>
            <numerusform>%L1 picos aplanados (%L2 muestras clavadas en %L3 dBFS) donde se recortó la forma de onda, en %n puntos de la canción.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correlation below 150 Hz is %1 (1 is mono, -1 is inverted); in %2 it is %3.</source>
        <translation>La correlación por debajo de 150 Hz es %L1 (1 es mono, -1 es polaridad invertida); en %2 es %L3.</translation>
    </message>
    <message>
        <source>Peaks rise %1 dB less above the body of the music than in %2 (differences: peak-to-loudness %3 dB, short-term %4 dB, crest factor %5 dB), although references are usually mastered and the mix is not.</source>
        <translation>Los picos sobresalen %L1 dB menos por encima del cuerpo de la música que en %2 (diferencias: pico/sonoridad %3 dB, a corto plazo %4 dB, factor de cresta %5 dB), aunque las referencias suelen estar masterizadas y la mezcla no.</translation>
    </message>
    <message>
        <source>Nothing is left above %1.</source>
        <translation>No queda nada por encima de %1.</translation>
    </message>
    <message>
        <source>above %1 in “%2” (a low-pass or a lower sample rate before it was saved)</source>
        <translation>por encima de %1 en «%2» (un filtro de paso bajo o una frecuencia de muestreo menor antes de guardarlo)</translation>
    </message>
    <message>
        <source>above %1 in “%2” (its %3 encoder&apos;s low-pass)</source>
        <translation>por encima de %1 en «%2» (el paso bajo de su codificador %3)</translation>
    </message>
    <message>
        <source>Top end cut off</source>
        <translation>Agudos cortados</translation>
    </message>
    <message>
        <source>The mix has nothing above %1: its level falls by more than %2 dB there and stays down.</source>
        <translation>La mezcla no tiene nada por encima de %1: su nivel cae ahí más de %2 dB y no se recupera.</translation>
    </message>
    <message>
        <source>If you did not cut it on purpose, find what does: a project, sample or stem at a low sample rate (32 kHz or less), a lossy bounce of a part, or a low-pass on the mix bus.</source>
        <translation>Si no lo cortó a propósito, busque la causa: un proyecto, sample o stem a baja frecuencia de muestreo (32 kHz o menos), una pista exportada con pérdida o un paso bajo en el bus de mezcla.</translation>
    </message>
    <message>
        <source>Band-limited references</source>
        <translation>Referencias de banda limitada</translation>
    </message>
    <message>
        <source>Band-limited reference</source>
        <translation>Referencia de banda limitada</translation>
    </message>
    <message>
        <source>To judge the very top, use a lossless copy of the reference (WAV or FLAC, a CD rip) or one at 256–320 kbit/s.</source>
        <translation>Para juzgar los agudos más altos, use una copia sin pérdida de la referencia (WAV o FLAC, un CD ripeado) o una a 256–320 kbit/s.</translation>
    </message>
    <message>
        <source>Nothing %1.</source>
        <translation>Nada %1.</translation>
    </message>
    <message>
        <source>The spectra are compared only below %1.</source>
        <translation>Los espectros solo se comparan por debajo de %1.</translation>
    </message>
    <message>
        <source>The difference is more than an EQ move should make up: listen to the parts in this range and to their sounds first.</source>
        <translation>La diferencia es mayor de lo que debería compensar un ajuste de EQ: escuche primero las pistas de este rango y sus sonidos.</translation>
    </message>
    <message>
        <source>The difference is more than an EQ move should make up: check first that “%1” is the same kind of music, in full quality.</source>
        <translation>La diferencia es mayor de lo que debería compensar un ajuste de EQ: compruebe primero que «%1» sea el mismo tipo de música, en calidad completa.</translation>
    </message>
    <message>
        <source>The difference is more than an EQ move should make up: check first that your references are the same kind of music, in full quality.</source>
        <translation>La diferencia es mayor de lo que debería compensar un ajuste de EQ: compruebe primero que sus referencias sean el mismo tipo de música, en calidad completa.</translation>
    </message>
    <message>
        <source>A reference unlike the others</source>
        <translation>Una referencia distinta de las demás</translation>
    </message>
    <message>
        <source>“%1” differs from your other references by %2 dB in %3: is it the same kind of music?</source>
        <translation>«%1» difiere de sus otras referencias en %2 dB en %3: ¿es el mismo tipo de música?</translation>
    </message>
    <message>
        <source>Compare against references in the style you are aiming for: one far from the others pulls their average towards it.</source>
        <translation>Compare con referencias del estilo que busca: una muy alejada de las demás arrastra el promedio hacia ella.</translation>
    </message>
    <message>
        <source>Your reference carries as much (%1 %).</source>
        <translation>Su referencia tiene lo mismo (%1 %).</translation>
    </message>
    <message>
        <source>Your references carry as much (%1 to %2 %).</source>
        <translation>Sus referencias tienen lo mismo (de %1 a %2 %).</translation>
    </message>
    <message>
        <source>Your reference leans the same way by as much (%1 dB).</source>
        <translation>Su referencia se inclina hacia el mismo lado en la misma medida (%1 dB).</translation>
    </message>
    <message>
        <source>Your references lean the same way by as much (%1 to %2 dB).</source>
        <translation>Sus referencias se inclinan hacia el mismo lado en la misma medida (de %1 a %2 dB).</translation>
    </message>
    <message>
        <source>The tracks differ by about %1 dB from band to band elsewhere too, so this counts as %2 dB.</source>
        <translation>Las pistas también difieren en unos %1 dB de banda a banda en el resto del espectro, así que esto cuenta como %2 dB.</translation>
    </message>
    <message>
        <source>%1 dB in %2 against %3; released music of every style stays within %4 dB of it. Add a reference in your genre for a firmer answer.</source>
        <translation>%1 dB en %2 frente a %3; la música publicada de cualquier estilo se mantiene dentro de %4 dB. Añade una referencia de tu género para una respuesta más fiable.</translation>
    </message>
    <message>
        <source>Your reference cancels as much (%1).</source>
        <translation>Tu referencia se cancela en la misma medida (%1).</translation>
    </message>
    <message>
        <source>Your references cancel as much (%1 to %2).</source>
        <translation>Tus referencias se cancelan en la misma medida (%1 a %2).</translation>
    </message>
    <message>
        <source>Short bursts at 5–10 kHz jump %1 dB above the band&apos;s usual level; in released music of every style they stay within %2 dB.</source>
        <translation>Las ráfagas cortas de 5–10 kHz saltan %L1 dB por encima del nivel habitual de la banda; en la música publicada de cualquier estilo no pasan de %L2 dB.</translation>
    </message>
    <message>
        <source>“%1” matches the mix within %2 dB everywhere else: it is a version of this mix, so your other references do not outvote it.</source>
        <translation>«%1» coincide con la mezcla en %2 dB en todo lo demás: es una versión de esta mezcla, así que tus otras referencias no la contradicen.</translation>
    </message>
</context>
<context>
    <name>mixscope::DynamicsCharts</name>
    <message>
        <source>Short-term loudness, loudness-matched, with sections</source>
        <translation>Sonoridad a corto plazo, igualada y con secciones</translation>
    </message>
    <message>
        <source>Short-term loudness, with sections</source>
        <translation>Sonoridad a corto plazo, con secciones</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <source>LUFS (matched)</source>
        <translation>LUFS (igualados)</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>Dynamics: higher is more open</source>
        <translation>Dinámica: más alto = más abierta</translation>
    </message>
    <message>
        <source>dB / LU</source>
        <translation>dB / LU</translation>
    </message>
    <message>
        <source>Time spent at each loudness</source>
        <translation>Tiempo en cada nivel de sonoridad</translation>
    </message>
    <message>
        <source>Short-term LUFS (matched)</source>
        <translation>LUFS a corto plazo (igualados)</translation>
    </message>
    <message>
        <source>Short-term LUFS</source>
        <translation>LUFS a corto plazo</translation>
    </message>
    <message>
        <source>% of time</source>
        <translation>% del tiempo</translation>
    </message>
    <message>
        <source>Crest (dB)</source>
        <translation>Cresta (dB)</translation>
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
        <translation>Sonoridad &amp;igualada</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Dynamics compared</source>
        <translation>Dinámica comparada</translation>
    </message>
    <message>
        <source>Loudness histogram</source>
        <translation>Histograma de sonoridad</translation>
    </message>
    <message>
        <source>Loudness over time</source>
        <translation>Sonoridad a lo largo del tiempo</translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation>%L1 BPM</translation>
    </message>
    <message>
        <source>no clear beat</source>
        <translation>sin pulso claro</translation>
    </message>
    <message>
        <source>Waiting for analysed tracks…</source>
        <translation>Esperando pistas analizadas…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tempo&lt;/b&gt;  %1</source>
        <translation>&lt;b&gt;Tempo&lt;/b&gt;  %1</translation>
    </message>
    <message>
        <source>Shift the references by their match gains, as you would hear them in a loudness-matched A/B.</source>
        <translation>Desplaza las referencias según su ganancia de igualación, tal como las oirías en una comparación A/B a igual sonoridad.</translation>
    </message>
</context>
<context>
    <name>mixscope::FeedbackSheet</name>
    <message>
        <source>Score card</source>
        <translation>Tabla de medidas</translation>
    </message>
    <message>
        <source>Findings, worst first</source>
        <translation>Hallazgos, de más a menos graves</translation>
    </message>
    <message>
        <source>MIX FEEDBACK SHEET</source>
        <translation>INFORME DE MEZCLA</translation>
    </message>
    <message>
        <source>Mixscope %1</source>
        <translation>Mixscope %1</translation>
    </message>
    <message>
        <source>NO REFERENCE</source>
        <translation>SIN REFERENCIA</translation>
    </message>
    <message>
        <source>COMPARED WITH</source>
        <translation>COMPARADA CON</translation>
    </message>
    <message>
        <source>The mix is judged against the usual ranges for a mix before mastering. Add a reference track or two for a comparison with records you like.</source>
        <translation>La mezcla se valora frente a los rangos habituales de una mezcla antes de la masterización. Añade una o dos pistas de referencia para compararla con discos que te gusten.</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>ganancia %1</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>sin igualar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mezcla: %1</translation>
    </message>
    <message>
        <source>Nothing stands out: no mixdown problem was found %1.</source>
        <translation>No destaca nada: no se ha encontrado ningún problema de mezcla %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%L1. %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <source>1/3-octave spectra. Each reference is turned up or down by its match gain, so every curve is heard at the mix&apos;s loudness. Shaded: the findings&apos; frequency ranges, numbered as above.</source>
        <translation>Espectros en tercios de octava. Cada referencia se sube o se baja según su ganancia de igualación, de modo que todas las curvas quedan a la sonoridad de la mezcla. Sombreado: los rangos de frecuencia de los hallazgos, numerados como arriba.</translation>
    </message>
    <message>
        <source>Above 0 the mix has more energy in that band than the references, below 0 less.</source>
        <translation>Por encima de 0, la mezcla tiene más energía en esa banda que las referencias; por debajo de 0, menos.</translation>
    </message>
    <message>
        <source>How much stereo difference (side) each band carries against its centre (mid). Below 150 Hz bass should stay close to mono.</source>
        <translation>Cuánta diferencia estéreo (side) lleva cada banda frente a su centro (mid). Por debajo de 150 Hz, los graves deberían quedarse cerca de mono.</translation>
    </message>
    <message>
        <source>Short-term loudness (3-second windows), references matched to the mix; dashed lines mark where the sections begin. Shaded: where the findings are.</source>
        <translation>Sonoridad a corto plazo (ventanas de 3 segundos), con las referencias igualadas a la mezcla; las líneas discontinuas marcan dónde empiezan las secciones. Sombreado: dónde están los hallazgos.</translation>
    </message>
    <message>
        <source>Vectorscopes: every sample pair as a dot. Vertical is mono, the diagonals are left or right only, a wide cloud is a wide mix, and spread along the horizontal means content that cancels in mono.</source>
        <translation>Vectorscopios: cada par de muestras es un punto. La vertical es mono, las diagonales son solo izquierda o solo derecha, una nube ancha es una mezcla abierta, y lo que se extiende a lo largo de la horizontal es contenido que se cancela en mono.</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Qué significan los números</translation>
    </message>
    <message>
        <source>Integrated loudness (LUFS)</source>
        <translation>Sonoridad integrada (LUFS)</translation>
    </message>
    <message>
        <source>How loud the whole track feels, measured the way streaming services and broadcasters do (EBU R128). -14 LUFS is louder than -18 LUFS.</source>
        <translation>Lo fuerte que se percibe la pista entera, medido como lo hacen los servicios de streaming y las emisoras (EBU R128). -14 LUFS suena más fuerte que -18 LUFS.</translation>
    </message>
    <message>
        <source>Loudness matching</source>
        <translation>Igualación de sonoridad</translation>
    </message>
    <message>
        <source>Louder always sounds better, so every reference is turned up or down to the mix&apos;s loudness before anything is compared. The match gain is how much.</source>
        <translation>Lo que suena más fuerte siempre parece mejor, así que cada referencia se sube o se baja hasta la sonoridad de la mezcla antes de comparar nada. La ganancia de igualación indica cuánto.</translation>
    </message>
    <message>
        <source>Loudness range (LU)</source>
        <translation>Rango de sonoridad (LU)</translation>
    </message>
    <message>
        <source>How much the loudness moves between the quiet and the loud parts of the song.</source>
        <translation>Cuánto varía la sonoridad entre las partes suaves y las fuertes de la canción.</translation>
    </message>
    <message>
        <source>True peak (dBTP)</source>
        <translation>Pico real (dBTP)</translation>
    </message>
    <message>
        <source>The highest level the waveform reaches, also between samples, as a converter or an MP3 encoder sees it. Above -1 dBTP lossy encoding can clip.</source>
        <translation>El nivel más alto que alcanza la forma de onda, también entre muestras, tal como lo ve un conversor o un codificador MP3. Por encima de -1 dBTP, la codificación con pérdida puede recortar.</translation>
    </message>
    <message>
        <source>PLR and PSR (dB)</source>
        <translation>PLR y PSR (dB)</translation>
    </message>
    <message>
        <source>Peak-to-loudness ratio: true peak minus loudness, the room the peaks have; PSR is the same moment by moment. Limited masters sit near 8 dB, open mixes at 14 dB and above.</source>
        <translation>Relación pico/sonoridad: pico real menos sonoridad, el espacio que tienen los picos; el PSR es lo mismo, momento a momento. Los másteres limitados rondan los 8 dB; las mezclas abiertas, 14 dB o más.</translation>
    </message>
    <message>
        <source>Crest factor (dB)</source>
        <translation>Factor de cresta (dB)</translation>
    </message>
    <message>
        <source>Peak minus RMS level, sample by sample: PLR&apos;s cousin.</source>
        <translation>Nivel de pico menos nivel RMS, muestra a muestra: el primo del PLR.</translation>
    </message>
    <message>
        <source>Spectrum difference (dB)</source>
        <translation>Diferencia de espectro (dB)</translation>
    </message>
    <message>
        <source>How much energy sits in each third of an octave, compared after loudness matching: above 0 the mix has more there than the references.</source>
        <translation>Cuánta energía hay en cada tercio de octava, comparada tras igualar la sonoridad: por encima de 0, la mezcla tiene más ahí que las referencias.</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
    <message>
        <source>How alike left and right are: +1 is mono, around 0 wide, below 0 parts cancel when the mix is played in mono. Low-end correlation looks below 150 Hz only, where bass should be close to +1.</source>
        <translation>Cuánto se parecen la izquierda y la derecha: +1 es mono, en torno a 0 es abierto y por debajo de 0 hay partes que se cancelan al escuchar la mezcla en mono. La correlación de graves solo mira por debajo de 150 Hz, donde los graves deberían estar cerca de +1.</translation>
    </message>
    <message>
        <source>Width (side − mid, dB)</source>
        <translation>Anchura (side − mid, dB)</translation>
    </message>
    <message>
        <source>How loud the stereo difference is against the centre, band by band: -20 dB is narrow, 0 dB as much side as centre.</source>
        <translation>Lo fuerte que es la diferencia estéreo frente al centro, banda a banda: -20 dB es estrecho; 0 dB, tanto side como centro.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Parts of the song (intro, verse, chorus, …) guessed from loudness and timbre; findings give the times where they are worst.</source>
        <translation>Partes de la canción (intro, estrofa, estribillo…) deducidas de la sonoridad y el timbre; los hallazgos indican los momentos en que son peores.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Problem: fix it before mastering or release. Warning: worth a listen and probably a move. Info: good to know.</source>
        <translation>Problema: corrígelo antes de masterizar o publicar. Aviso: merece una escucha y probablemente un ajuste. Info: conviene saberlo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %L1 de %L2</translation>
    </message>
    <message>
        <source>Mixscope %1 · feedback sheet for %2</source>
        <translation>Mixscope %1 · informe de mezcla de %2</translation>
    </message>
    <message>
        <source>there is no analysed mix to report on</source>
        <translation>no hay ninguna mezcla analizada sobre la que informar</translation>
    </message>
    <message>
        <source>Mix feedback sheet: %1</source>
        <translation>Informe de mezcla: %1</translation>
    </message>
    <message>
        <source>Your mix, measured %1 — %2.</source>
        <translation>Tu mezcla, medida %1 — %2.</translation>
    </message>
    <message>
        <source>its pages could not be drawn</source>
        <translation>no se pudieron dibujar sus páginas</translation>
    </message>
    <message>
        <source>from the profile “%1” · %2</source>
        <translation>del perfil «%1» · %2</translation>
    </message>
</context>
<context>
    <name>mixscope::FindingDetails</name>
    <message>
        <source>Loop this moment</source>
        <translation>Repetir en bucle</translation>
    </message>
    <message>
        <source>Hear only this band</source>
        <translation>Escuchar solo esta banda</translation>
    </message>
    <message>
        <source>Finding explained</source>
        <translation>Hallazgo en detalle</translation>
    </message>
    <message>
        <source>Play the mix here, looped, and press A to hear the reference at the same spot</source>
        <translation>Reproduce la mezcla aquí en bucle; pulsa A para oír la referencia en el mismo punto</translation>
    </message>
    <message>
        <source>Band solo: hear only the frequencies this finding is about</source>
        <translation>Solo de banda: escucha solo las frecuencias de este hallazgo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see what was measured, where it is, and what to try. Its frequencies and moments are marked on every chart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selecciona un hallazgo para ver qué se ha medido, dónde está y qué probar. Sus frecuencias y momentos se marcan en todas las gráficas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Try:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prueba:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Confidence %1 %&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Confianza: %L1 %&lt;/small&gt;&lt;/p&gt;</translation>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>mixscope::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Findings, worst first</source>
        <translation>Hallazgos, de más a menos graves</translation>
    </message>
    <message>
        <source>The findings about your mix appear here once it is analysed.</source>
        <translation>Los hallazgos sobre tu mezcla aparecerán aquí cuando esté analizada.</translation>
    </message>
    <message>
        <source>Nothing stands out in your mix on its own. Add a reference track you like to compare it with.</source>
        <translation>Por sí sola, nada destaca en tu mezcla. Añade una pista de referencia que te guste para compararla.</translation>
    </message>
    <message>
        <source>Nothing stands out against your references.</source>
        <translation>Nada destaca frente a tus referencias.</translation>
    </message>
</context>
<context>
    <name>mixscope::JsonReport</name>
    <message>
        <source>the report cannot be written (%1)</source>
        <translation>no se puede escribir el informe (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Mixscope will use the system&apos;s language the next time it starts.</source>
        <translation>Mixscope usará el idioma del sistema la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Mixscope will use %1 the next time it starts.</source>
        <translation>Mixscope usará %1 la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>mixscope::LoudnessOverview</name>
    <message>
        <source>Loudness overview</source>
        <translation>Vista general de la sonoridad</translation>
    </message>
    <message>
        <source>The current track&apos;s loudness over time. Click to play from there; drag to loop a region.</source>
        <translation>La sonoridad de la pista actual a lo largo del tiempo. Haz clic para reproducir desde ahí; arrastra para repetir una zona en bucle.</translation>
    </message>
    <message>
        <source>Click to play from here, drag to loop a region</source>
        <translation>Haz clic para reproducir desde aquí; arrastra para repetir una zona en bucle</translation>
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
        <translation>Pistas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Drop your mix and a few reference tracks here&lt;/h2&gt;&lt;p&gt;The first file becomes your mix; the others are references (drag a track to the top of the list to make it the mix).&lt;br&gt;WAV, AIFF, FLAC, MP3, Ogg, Opus and M4A all work.&lt;/p&gt;&lt;p&gt;No files at hand? Try &lt;b&gt;File → Open demo session&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Suelta aquí tu mezcla y algunas pistas de referencia&lt;/h2&gt;&lt;p&gt;El primer archivo será tu mezcla; los demás, referencias (arrastra una pista al principio de la lista para convertirla en la mezcla).&lt;br&gt;Funcionan WAV, AIFF, FLAC, MP3, Ogg, Opus y M4A.&lt;/p&gt;&lt;p&gt;¿No tienes archivos a mano? Prueba &lt;b&gt;Archivo → Abrir sesión de demostración&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Suelta aquí los archivos</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Resume&amp;n</translation>
    </message>
    <message>
        <source>S&amp;tereo</source>
        <translation>Es&amp;téreo</translation>
    </message>
    <message>
        <source>&amp;Dynamics</source>
        <translation>&amp;Dinámica</translation>
    </message>
    <message>
        <source>Score card and findings (Ctrl+1)</source>
        <translation>Tabla de medidas y hallazgos (Ctrl+1)</translation>
    </message>
    <message>
        <source>Loudness-matched spectra (Ctrl+2)</source>
        <translation>Espectros con sonoridad igualada (Ctrl+2)</translation>
    </message>
    <message>
        <source>Vectorscopes, correlation and width (Ctrl+3)</source>
        <translation>Vectorscopios, correlación y anchura (Ctrl+3)</translation>
    </message>
    <message>
        <source>Loudness over time, sections and dynamics (Ctrl+4)</source>
        <translation>Sonoridad en el tiempo, secciones y dinámica (Ctrl+4)</translation>
    </message>
    <message>
        <source>Playback stopped: %1</source>
        <translation>Reproducción detenida: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;demo session</source>
        <translation>Abrir sesión de &amp;demostración</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Abr&amp;ir sesión…</translation>
    </message>
    <message>
        <source>&amp;Save Session…</source>
        <translation>&amp;Guardar sesión…</translation>
    </message>
    <message>
        <source>&amp;Export feedback sheet…</source>
        <translation>&amp;Exportar informe de mezcla…</translation>
    </message>
    <message>
        <source>Save the score card, findings and charts as a PDF</source>
        <translation>Guarda la tabla de medidas, los hallazgos y las gráficas en un PDF</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Clear all</source>
        <translation>Quitar &amp;todas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Pista</translation>
    </message>
    <message>
        <source>Use as &amp;mix</source>
        <translation>Usar como &amp;mezcla</translation>
    </message>
    <message>
        <source>&amp;Analyse again</source>
        <translation>&amp;Analizar de nuevo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Spectrum</source>
        <translation>&amp;Espectro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Mixscope</source>
        <translation>&amp;Acerca de Mixscope</translation>
    </message>
    <message>
        <source>About Mixscope</source>
        <translation>Acerca de Mixscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mixscope %1&lt;/h3&gt;&lt;p&gt;Compares your mix with reference tracks, loudness-matched, and tells you what stands between them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mixscope %1&lt;/h3&gt;&lt;p&gt;Compara tu mezcla con pistas de referencia a igual sonoridad y te dice qué las separa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Mixscope</source>
        <translation>%1 — Mixscope</translation>
    </message>
    <message>
        <source>Looping %1 of the mix. Press A to hear the reference at the same spot, L to stop looping.</source>
        <translation>Repitiendo en bucle %1 de la mezcla. Pulsa A para oír la referencia en el mismo punto y L para dejar de repetir.</translation>
    </message>
    <message>
        <source>This finding: %1</source>
        <translation>Este hallazgo: %1</translation>
    </message>
    <message>
        <source>Hearing only %1. Press B to hear everything again.</source>
        <translation>Escuchando solo %1. Pulsa B para volver a oírlo todo.</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) analysed</source>
        <translation>
            <numerusform>%n pista analizada</numerusform>
            <numerusform>%n pistas analizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be analysed</source>
        <translation>
            <numerusform>No se ha podido analizar %n archivo</numerusform>
            <numerusform>No se han podido analizar %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;ereo</source>
        <translation>Es&amp;téreo</translation>
    </message>
    <message>
        <source>Spe&amp;ctrum</source>
        <translation>&amp;Espectro</translation>
    </message>
    <message>
        <source>%1 stopped playing: %2</source>
        <translation>%1 dejó de sonar: %2</translation>
    </message>
    <message>
        <source>%1 was replaced or deleted on disk. Mixscope goes on playing the version it opened.</source>
        <translation>%1 se ha sustituido o borrado en el disco. Mixscope sigue reproduciendo la versión que abrió.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Chosen on the spectrum: %1</source>
        <translation>Elegido en el espectro: %1</translation>
    </message>
    <message>
        <source>Only %1 will play. Press Space to listen, B to hear everything.</source>
        <translation>Solo sonará %1. Pulsa Espacio para escuchar, B para oírlo todo.</translation>
    </message>
    <message>
        <source>Looping %1 of the mix. L stops looping.</source>
        <translation>Repitiendo en bucle %1 de la mezcla. L deja de repetir.</translation>
    </message>
</context>
<context>
    <name>mixscope::OverviewView</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Score card</source>
        <translation>Tabla de medidas</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Score card&lt;/b&gt; — the mix beside each reference</source>
        <translation>&lt;b&gt;Tabla de &amp;medidas&lt;/b&gt; — la mezcla junto a cada referencia</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waiting for your analysed mix&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Esperando a que se analice tu mezcla&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;p style=&apos;margin:0&apos;&gt;Measured %2 — %3.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;p style=&apos;margin:0&apos;&gt;Medición %2 — %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mezcla: %1</translation>
    </message>
    <message>
        <source>Closest profile</source>
        <translation>Perfil más cercano</translation>
    </message>
    <message>
        <source>How far the mix sits from each of your profiles, measured in the spread of its tracks: tonal balance (counted twice), stereo width, dynamics and tempo. 1 is the edge of their usual range (10th to 90th percentile) in every measure at once.</source>
        <translation>Lo lejos que está la mezcla de cada uno de tus perfiles, medido en la dispersión de sus pistas: balance tonal (cuenta el doble), anchura estéreo, dinámica y tempo. 1 es el borde de su rango habitual (percentil 10 a 90) en todas las medidas a la vez.</translation>
    </message>
    <message>
        <source>%1
from the profile “%2”</source>
        <translation>%1
del perfil «%2»</translation>
    </message>
</context>
<context>
    <name>mixscope::PlayMenu</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>When &amp;switching tracks</source>
        <translation>Al &amp;cambiar de pista</translation>
    </message>
    <message>
        <source>Stay at the same &amp;time</source>
        <translation>Mantener el mismo &amp;tiempo</translation>
    </message>
    <message>
        <source>Go to the same &amp;place in the song (for tracks of different lengths)</source>
        <translation>Ir al mismo &amp;punto de la canción (para pistas de distinta duración)</translation>
    </message>
    <message>
        <source>Output &amp;device</source>
        <translation>&amp;Dispositivo de salida</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>mixscope::PlaybackController</name>
    <message>
        <source>Play the mix</source>
        <translation>Reproducir la mezcla</translation>
    </message>
    <message>
        <source>Play reference %1</source>
        <translation>Reproducir la referencia %L1</translation>
    </message>
    <message>
        <source>Switch between mix and reference</source>
        <translation>Alternar entre mezcla y referencia</translation>
    </message>
    <message>
        <source>Match loudness</source>
        <translation>Igualar sonoridad</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <source>Band solo</source>
        <translation>Solo de banda</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>%1 is not connected: playing on %2.</source>
        <translation>%1 no está conectado: se reproduce en %2.</translation>
    </message>
    <message>
        <source>Playing on %1.</source>
        <translation>Reproduciendo en %1.</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>No se puede reproducir %1: %2</translation>
    </message>
</context>
<context>
    <name>mixscope::PlaybackSource</name>
    <message>
        <source>the file was changed on disk while it was playing (written to or cut short)</source>
        <translation>el archivo cambió en el disco mientras sonaba (se escribió en él o se recortó)</translation>
    </message>
</context>
<context>
    <name>mixscope::ProfileCommand</name>
    <message>
        <source>Usage: mixscope profile create NAME FILE|FOLDER... -o FILE [--add] [--quiet]
       mixscope profile show FILE
</source>
        <translation>Uso: mixscope profile create NOMBRE ARCHIVO|CARPETA... -o ARCHIVO [--add] [--quiet]
     mixscope profile show ARCHIVO
</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) %4</source>
        <translation>%1 (%2 a %3) %4</translation>
    </message>
    <message>
        <source>Analyses reference tracks once and saves what the comparison needs, no audio, as a profile to judge mixes against later.</source>
        <translation>Analiza pistas de referencia una vez y guarda lo que necesita la comparación, sin audio, como un perfil con el que juzgar mezclas más adelante.</translation>
    </message>
    <message>
        <source>The profile file to write (*.mixprofile.json).</source>
        <translation>El archivo de perfil que se escribe (*.mixprofile.json).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Add the files to the existing profile FILE.</source>
        <translation>Añadir los archivos al perfil existente ARCHIVO.</translation>
    </message>
    <message>
        <source>Print no progress and no summary.</source>
        <translation>No mostrar progreso ni resumen.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>El nombre del perfil.</translation>
    </message>
    <message>
        <source>Reference tracks, or folders of them.</source>
        <translation>Pistas de referencia, o carpetas con ellas.</translation>
    </message>
    <message>
        <source>name the profile and give at least one reference file or folder, e.g. mixscope profile create &quot;Deep house&quot; ~/refs/house -o house.mixprofile.json</source>
        <translation>pon nombre al perfil y da al menos un archivo o carpeta de referencia, p. ej. mixscope profile create &quot;Deep house&quot; ~/refs/house -o house.mixprofile.json</translation>
    </message>
    <message>
        <source>say where to write the profile with -o FILE</source>
        <translation>indica con -o ARCHIVO dónde escribir el perfil</translation>
    </message>
    <message>
        <source>mixscope: %1: cannot add to this profile: %2
</source>
        <translation>mixscope: %1: no se puede añadir a este perfil: %2
</translation>
    </message>
    <message>
        <source>mixscope: %1 exists already; add to it with --add, or write the profile to another file
</source>
        <translation>mixscope: %1 ya existe; añade a él con --add o escribe el perfil en otro archivo
</translation>
    </message>
    <message>
        <source>mixscope: cannot write the profile to %1: %2
</source>
        <translation>mixscope: no se puede escribir el perfil en %1: %2
</translation>
    </message>
    <message>
        <source>the profile&apos;s name is empty</source>
        <translation>el nombre del perfil está vacío</translation>
    </message>
    <message>
        <source>mixscope: %1: no audio files in this folder
</source>
        <translation>mixscope: %1: no hay archivos de audio en esta carpeta
</translation>
    </message>
    <message>
        <source>mixscope: no reference files to analyse
</source>
        <translation>mixscope: no hay archivos de referencia que analizar
</translation>
    </message>
    <message>
        <source>mixscope: %1: warning: %2
</source>
        <translation>mixscope: %1: aviso: %2
</translation>
    </message>
    <message>
        <source>mixscope: %1: the same recording is in the profile already; left out
</source>
        <translation>mixscope: %1: la misma grabación ya está en el perfil; se omite
</translation>
    </message>
    <message>
        <source>mixscope: no profile written: none of the files could be analysed
</source>
        <translation>mixscope: no se ha escrito ningún perfil: no se pudo analizar ninguno de los archivos
</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1”: %n track(s), written to %2 (%3)
</source>
        <translation>
            <numerusform>Perfil «%1»: %n pista, escrito en %2 (%3)
</numerusform>
            <numerusform>Perfil «%1»: %n pistas, escrito en %2 (%3)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) added.
</source>
        <translation>
            <numerusform>%n pista añadida.
</numerusform>
            <numerusform>%n pistas añadidas.
</numerusform>
        </translation>
    </message>
    <message>
        <source>show takes one profile file</source>
        <translation>show necesita un único archivo de perfil</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1”, made %2, %n track(s):
</source>
        <translation>
            <numerusform>Perfil «%1», creado el %2, %n pista:
</numerusform>
            <numerusform>Perfil «%1», creado el %2, %n pistas:
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
Las cifras de las pistas, mediana (percentil 10 a 90):
</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Sonoridad</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>Rango de sonoridad</translation>
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
        <translation>Factor de cresta</translation>
    </message>
    <message>
        <source>Transient strength</source>
        <translation>Fuerza de los transitorios</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
    <message>
        <source>Low-end correlation</source>
        <translation>Correlación de graves</translation>
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
Espectro, cada octava frente a la sonoridad de la pista, dB:
</translation>
    </message>
    <message>
        <source>say what to do: create or show</source>
        <translation>indica qué hacer: create o show</translation>
    </message>
    <message>
        <source>unknown command “%1”: create or show</source>
        <translation>orden desconocida «%1»: create o show</translation>
    </message>
</context>
<context>
    <name>mixscope::ProfileDistance</name>
    <message>
        <source>within their usual range (distance %1)</source>
        <translation>dentro de su rango habitual (distancia %1)</translation>
    </message>
    <message>
        <source>near them (distance %1)</source>
        <translation>cerca (distancia %1)</translation>
    </message>
    <message>
        <source>far from them (distance %1)</source>
        <translation>lejos (distancia %1)</translation>
    </message>
    <message numerus="yes">
        <source>Most like your “%1” references (%n track(s)): %2.</source>
        <translation>
            <numerusform>Se parece más a tus referencias «%1» (%n pista): %2.</numerusform>
            <numerusform>Se parece más a tus referencias «%1» (%n pistas): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your “%1” references (%n track(s)): %2.</source>
        <translation>
            <numerusform>Tus referencias «%1» (%n pista): %2.</numerusform>
            <numerusform>Tus referencias «%1» (%n pistas): %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixscope::ProfilesMenu</name>
    <message>
        <source>&amp;Save references as profile…</source>
        <translation>&amp;Guardar referencias como perfil…</translation>
    </message>
    <message>
        <source>Keep what Mixscope measured of the reference tracks, to compare later mixes with them without the files</source>
        <translation>Guardar lo que Mixscope midió de las pistas de referencia, para comparar mezclas posteriores con ellas sin los archivos</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>&amp;Abrir perfil…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n track(s))</source>
        <translation>
            <numerusform>%1 (%n pista)</numerusform>
            <numerusform>%1 (%n pistas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading your profiles…</source>
        <translation>Leyendo tus perfiles…</translation>
    </message>
    <message>
        <source>No profiles yet: save your references as one</source>
        <translation>Aún no hay perfiles: guarda tus referencias como uno</translation>
    </message>
    <message>
        <source>Show the profiles &amp;folder</source>
        <translation>Mostrar la &amp;carpeta de perfiles</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Abrir perfil</translation>
    </message>
    <message>
        <source>Save references as profile</source>
        <translation>Guardar referencias como perfil</translation>
    </message>
    <message numerus="yes">
        <source>%n reference track(s). Name the profile, e.g. after the style:</source>
        <translation>
            <numerusform>%n pista de referencia. Ponle nombre al perfil, p. ej. según el estilo:</numerusform>
            <numerusform>%n pistas de referencia. Ponle nombre al perfil, p. ej. según el estilo:</numerusform>
        </translation>
    </message>
    <message>
        <source>My references</source>
        <translation>Mis referencias</translation>
    </message>
    <message>
        <source>You have a profile called “%1” already. Replace it?</source>
        <translation>Ya tienes un perfil llamado «%1». ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Saving the profile “%1”…</source>
        <translation>Guardando el perfil «%1»…</translation>
    </message>
    <message>
        <source>The profile “%1” could not be saved: %2</source>
        <translation>No se pudo guardar el perfil «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1” saved: %n track(s). Find it in the Profiles menu.</source>
        <translation>
            <numerusform>Perfil «%1» guardado: %n pista. Lo encontrarás en el menú Perfiles.</numerusform>
            <numerusform>Perfil «%1» guardado: %n pistas. Lo encontrarás en el menú Perfiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prof&amp;iles</source>
        <translation>Perfi&amp;les</translation>
    </message>
    <message>
        <source>This profile is in the track list already</source>
        <translation>Este perfil ya está en la lista de pistas</translation>
    </message>
    <message>
        <source>Mixscope profiles (*.mixprofile.json)</source>
        <translation>Perfiles de Mixscope (*.mixprofile.json)</translation>
    </message>
</context>
<context>
    <name>mixscope::RecentFilesMenu</name>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>mixscope::ReferenceProfile</name>
    <message>
        <source>the profile does not exist</source>
        <translation>el perfil no existe</translation>
    </message>
    <message>
        <source>this is a folder, not a profile</source>
        <translation>esto es una carpeta, no un perfil</translation>
    </message>
    <message>
        <source>the profile cannot be read (%1)</source>
        <translation>no se puede leer el perfil (%1)</translation>
    </message>
    <message>
        <source>this is not a Mixscope profile (it is far too large for one)</source>
        <translation>esto no es un perfil de Mixscope (es demasiado grande para serlo)</translation>
    </message>
    <message>
        <source>this is not a Mixscope profile (it is not valid JSON)</source>
        <translation>esto no es un perfil de Mixscope (no es JSON válido)</translation>
    </message>
    <message>
        <source>this is not a Mixscope profile</source>
        <translation>esto no es un perfil de Mixscope</translation>
    </message>
    <message>
        <source>the profile has no valid format version</source>
        <translation>el perfil no tiene una versión de formato válida</translation>
    </message>
    <message>
        <source>the profile was saved by a newer Mixscope (format %1); this one reads format %2</source>
        <translation>el perfil se guardó con un Mixscope más reciente (formato %L1); este lee el formato %L2</translation>
    </message>
    <message>
        <source>the profile was changed after Mixscope wrote it (its checksum does not match); make it again with mixscope profile create</source>
        <translation>el perfil se modificó después de que Mixscope lo escribiera (su suma de comprobación no coincide); créalo de nuevo con mixscope profile create</translation>
    </message>
    <message>
        <source>the profile has no name</source>
        <translation>el perfil no tiene nombre</translation>
    </message>
    <message>
        <source>the profile holds no tracks</source>
        <translation>el perfil no contiene pistas</translation>
    </message>
    <message>
        <source>the profile is damaged (track %1: %2)</source>
        <translation>el perfil está dañado (pista %L1: %2)</translation>
    </message>
    <message>
        <source>the profile cannot be written (%1)</source>
        <translation>no se puede escribir el perfil (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::SampleRateConverter</name>
    <message>
        <source>a sample rate of %1 Hz to %2 Hz cannot be converted</source>
        <translation>no se puede convertir una frecuencia de muestreo de %L1 Hz a %L2 Hz</translation>
    </message>
    <message>
        <source>the sample rate converter cannot start (%1)</source>
        <translation>el conversor de frecuencia de muestreo no puede arrancar (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::ScoreCard</name>
    <message>
        <source>Integrated loudness</source>
        <translation>Sonoridad integrada</translation>
    </message>
    <message>
        <source>How loud the whole track feels (EBU R128)</source>
        <translation>Lo fuerte que se percibe la pista entera (EBU R128)</translation>
    </message>
    <message>
        <source>Match gain</source>
        <translation>Ganancia de igualación</translation>
    </message>
    <message>
        <source>Gain that brings the track to the mix&apos;s loudness</source>
        <translation>Ganancia que lleva la pista a la sonoridad de la mezcla</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>Rango de sonoridad</translation>
    </message>
    <message>
        <source>How much the loudness moves (EBU Tech 3342)</source>
        <translation>Cuánto varía la sonoridad (EBU Tech 3342)</translation>
    </message>
    <message>
        <source>LU</source>
        <translation>LU</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>Pico real</translation>
    </message>
    <message>
        <source>Highest level between samples; above -1 dBTP lossy encoding clips</source>
        <translation>Nivel más alto entre muestras; por encima de -1 dBTP, la codificación con pérdida recorta</translation>
    </message>
    <message>
        <source>PLR</source>
        <translation>PLR</translation>
    </message>
    <message>
        <source>True peak minus loudness: room for the peaks</source>
        <translation>Pico real menos sonoridad: espacio para los picos</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Crest factor</source>
        <translation>Factor de cresta</translation>
    </message>
    <message>
        <source>Sample peak minus RMS</source>
        <translation>Pico de muestra menos RMS</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
    <message>
        <source>+1 mono, 0 wide, below 0 cancels in mono</source>
        <translation>+1 mono, 0 abierto, por debajo de 0 se cancela en mono</translation>
    </message>
    <message>
        <source>Low-end correlation</source>
        <translation>Correlación de graves</translation>
    </message>
    <message>
        <source>Correlation below 150 Hz: bass should be near +1</source>
        <translation>Correlación por debajo de 150 Hz: los graves deberían estar cerca de +1</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Beats per minute</source>
        <translation>Pulsaciones por minuto</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Frecuencia de muestreo</translation>
    </message>
    <message>
        <source>Samples per second</source>
        <translation>Muestras por segundo</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>Profundidad de bits</translation>
    </message>
    <message>
        <source>Bits per sample; lossy files have none</source>
        <translation>Bits por muestra; los archivos con pérdida no tienen</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%L1 bits</translation>
    </message>
    <message>
        <source>lossy, %1 kbps</source>
        <translation>con pérdida, %L1 kbps</translation>
    </message>
    <message>
        <source>lossy</source>
        <translation>con pérdida</translation>
    </message>
    <message>
        <source>against the usual ranges for a mix (no reference yet)</source>
        <translation>frente a los rangos habituales de una mezcla (aún sin referencia)</translation>
    </message>
    <message>
        <source>nothing stands out</source>
        <translation>no destaca nada</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>against %n reference(s), loudness-matched</source>
        <translation>
            <numerusform>frente a %n referencia, con sonoridad igualada</numerusform>
            <numerusform>frente a %n referencias, con sonoridad igualada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference file(s)</source>
        <translation>
            <numerusform>%n archivo de referencia</numerusform>
            <numerusform>%n archivos de referencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile “%1” (%n track(s))</source>
        <translation>
            <numerusform>el perfil «%1» (%n pista)</numerusform>
            <numerusform>el perfil «%1» (%n pistas)</numerusform>
        </translation>
    </message>
    <message>
        <source>against %1, loudness-matched</source>
        <translation>frente a %1, con sonoridad igualada</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
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
        <translation>Estrofa</translation>
    </message>
    <message>
        <source>Build-up</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Chorus</source>
        <translation>Estribillo</translation>
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
        <translation>Se ha cancelado el análisis.</translation>
    </message>
</context>
<context>
    <name>mixscope::SessionFile</name>
    <message>
        <source>the session file does not exist</source>
        <translation>el archivo de sesión no existe</translation>
    </message>
    <message>
        <source>this is a folder, not a session file</source>
        <translation>es una carpeta, no un archivo de sesión</translation>
    </message>
    <message>
        <source>the session file cannot be read (%1)</source>
        <translation>el archivo de sesión no se puede leer (%1)</translation>
    </message>
    <message>
        <source>this is not a Mixscope session file (it is not valid JSON)</source>
        <translation>no es un archivo de sesión de Mixscope (no es un JSON válido)</translation>
    </message>
    <message>
        <source>this is not a Mixscope session file</source>
        <translation>no es un archivo de sesión de Mixscope</translation>
    </message>
    <message>
        <source>the session file has no valid format version</source>
        <translation>el archivo de sesión no tiene una versión de formato válida</translation>
    </message>
    <message>
        <source>the session was saved by a newer Mixscope (format %1); this one reads format %2</source>
        <translation>la sesión se guardó con un Mixscope más reciente (formato %L1); esta versión lee el formato %L2</translation>
    </message>
    <message>
        <source>the session cannot be written (%1)</source>
        <translation>no se puede escribir la sesión (%1)</translation>
    </message>
</context>
<context>
    <name>mixscope::SessionFiles</name>
    <message numerus="yes">
        <source>Analysing %n file(s)…</source>
        <translation>
            <numerusform>Analizando %n archivo…</numerusform>
            <numerusform>Analizando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo session</source>
        <translation>Sesión de demostración</translation>
    </message>
    <message>
        <source>The demo session could not be created: %1</source>
        <translation>No se ha podido crear la sesión de demostración: %1</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>The session could not be saved to %1: %2</source>
        <translation>No se ha podido guardar la sesión en %1: %2</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Sesión guardada en %1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>The session %1 could not be opened: %2</source>
        <translation>No se ha podido abrir la sesión %1: %2</translation>
    </message>
    <message>
        <source>Export feedback sheet</source>
        <translation>Exportar informe de mezcla</translation>
    </message>
    <message>
        <source>The feedback sheet could not be saved to %1: %2.</source>
        <translation>No se ha podido guardar el informe de mezcla en %1: %2.</translation>
    </message>
    <message>
        <source>Feedback sheet saved to %1</source>
        <translation>Informe de mezcla guardado en %1</translation>
    </message>
    <message>
        <source>Open your mix and reference tracks</source>
        <translation>Abre tu mezcla y las pistas de referencia</translation>
    </message>
    <message>
        <source>Mixscope sessions (*.mixscope.json *.mixscope);;All files (*)</source>
        <translation>Sesiones de Mixscope (*.mixscope.json *.mixscope);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Mixscope sessions (*.mixscope.json)</source>
        <translation>Sesiones de Mixscope (*.mixscope.json)</translation>
    </message>
    <message>
        <source>%1 feedback sheet</source>
        <translation>Informe de mezcla de %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Audio files and profiles (%1 *.mixprofile.json);;All files (*)</source>
        <translation>Archivos de audio y perfiles (%1 *.mixprofile.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>mixscope::SpectrumCharts</name>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Frecuencia (Hz)</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>Nivel (dB)</translation>
    </message>
    <message>
        <source>Δ dB</source>
        <translation>Δ dB</translation>
    </message>
    <message>
        <source>Spectrum, loudness-matched to the mix</source>
        <translation>Espectro, con sonoridad igualada a la mezcla</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Average of the references</source>
        <translation>Media de las referencias</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mezcla: %1</translation>
    </message>
    <message>
        <source>Mix minus the references&apos; average</source>
        <translation>Mezcla menos la media de las referencias</translation>
    </message>
    <message>
        <source>Mix minus the reference</source>
        <translation>Mezcla menos la referencia</translation>
    </message>
    <message>
        <source>Difference: above 0 the mix has more than the references</source>
        <translation>Diferencia: por encima de 0, la mezcla tiene más que las referencias</translation>
    </message>
    <message>
        <source>Difference: add a reference track to compare the mix with</source>
        <translation>Diferencia: añade una pista de referencia con la que comparar la mezcla</translation>
    </message>
    <message>
        <source>Difference: waiting for the analysed mix</source>
        <translation>Diferencia: esperando la mezcla analizada</translation>
    </message>
    <message>
        <source>Range of the references</source>
        <translation>Rango de las referencias</translation>
    </message>
    <message>
        <source>Mix minus %1</source>
        <translation>Mezcla menos %1</translation>
    </message>
    <message>
        <source>Difference: above 0 the mix has more than %1</source>
        <translation>Diferencia: por encima de 0 la mezcla tiene más que %1</translation>
    </message>
</context>
<context>
    <name>mixscope::SpectrumView</name>
    <message>
        <source>Fine (1/6 octave)</source>
        <translation>Fina (1/6 de octava)</translation>
    </message>
    <message>
        <source>Spectrum resolution</source>
        <translation>Resolución del espectro</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Re&amp;solución:</translation>
    </message>
    <message>
        <source>Loudness-matched spectra</source>
        <translation>Espectros con sonoridad igualada</translation>
    </message>
    <message>
        <source>Spectrum difference, mix minus references</source>
        <translation>Diferencia de espectro: mezcla menos referencias</translation>
    </message>
    <message>
        <source>1/3 octave (as in the comparison)</source>
        <translation>1/3 de octava (la de la comparación)</translation>
    </message>
    <message>
        <source>Each refere&amp;nce</source>
        <translation>Cada re&amp;ferencia</translation>
    </message>
    <message>
        <source>Compare the mix with</source>
        <translation>Comparar la mezcla con</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Comparar con:</translation>
    </message>
    <message>
        <source>Also draw the mix minus each reference on the difference</source>
        <translation>Dibujar también en la diferencia la mezcla menos cada referencia</translation>
    </message>
    <message>
        <source>Click to hear only the octave around a frequency, or drag across a range to hear only that range</source>
        <translation>Haz clic para oír solo la octava alrededor de una frecuencia, o arrastra sobre un rango para oír solo ese rango</translation>
    </message>
    <message>
        <source>The references&apos; average</source>
        <translation>La media de las referencias</translation>
    </message>
    <message>
        <source>The reference</source>
        <translation>La referencia</translation>
    </message>
    <message>
        <source>Tracks&apos; colours and match gains</source>
        <translation>Colores de las pistas y ajustes de nivel</translation>
    </message>
    <message>
        <source>Each reference is turned up or down by its match gain, so that every curve is drawn, and heard, at the mix&apos;s loudness</source>
        <translation>Cada referencia se sube o se baja según su ajuste de nivel, para que cada curva se dibuje, y se oiga, a la sonoridad de la mezcla</translation>
    </message>
    <message>
        <source>the mix</source>
        <translation>la mezcla</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>sin igualar</translation>
    </message>
    <message>
        <source>Average of the references</source>
        <translation>Media de las referencias</translation>
    </message>
    <message>
        <source>Range of the references</source>
        <translation>Rango de las referencias</translation>
    </message>
    <message>
        <source>Waiting for analysed tracks…</source>
        <translation>Esperando pistas analizadas…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loudness match&lt;/b&gt;  %1</source>
        <translation>&lt;b&gt;Ajuste de sonoridad&lt;/b&gt;  %1</translation>
    </message>
</context>
<context>
    <name>mixscope::StereoCharts</name>
    <message>
        <source>Correlation over time</source>
        <translation>Correlación a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Width per band (side minus mid)</source>
        <translation>Anchura por banda (side menos mid)</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Frecuencia (Hz)</translation>
    </message>
    <message>
        <source>Side − mid (dB)</source>
        <translation>Side − mid (dB)</translation>
    </message>
    <message>
        <source>Low end: keep it near mono</source>
        <translation>Graves: mantenlos cerca de mono</translation>
    </message>
</context>
<context>
    <name>mixscope::StereoView</name>
    <message>
        <source>Vectorscopes</source>
        <translation>Vectorscopios</translation>
    </message>
    <message>
        <source>Correlation over time</source>
        <translation>Correlación a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Width per band</source>
        <translation>Anchura por banda</translation>
    </message>
    <message>
        <source>Mix: %1</source>
        <translation>Mezcla: %1</translation>
    </message>
    <message>
        <source>Tracks&apos; colours</source>
        <translation>Colores de las pistas</translation>
    </message>
</context>
<context>
    <name>mixscope::ThemeMenu</name>
    <message>
        <source>T&amp;heme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>mixscope::TrackAnalyzer</name>
    <message>
        <source>the analysis was cancelled</source>
        <translation>se ha cancelado el análisis</translation>
    </message>
    <message>
        <source>the file was changed while it was being analysed (written to or cut short); analyse it again once it is saved</source>
        <translation>el archivo cambió mientras se analizaba (se escribió en él o se acortó); vuelve a analizarlo cuando esté guardado</translation>
    </message>
    <message>
        <source>it is too short to measure (%1 s; at least 0.4 s is needed)</source>
        <translation>es demasiado corto para medirlo (%1 s; se necesitan al menos 0,4 s)</translation>
    </message>
    <message>
        <source>it contains only digital silence (%1 s)</source>
        <translation>solo contiene silencio digital (%1 s)</translation>
    </message>
    <message>
        <source>it is too quiet to measure (below -70 LUFS; peak %1 dBFS)</source>
        <translation>es demasiado bajo para medirlo (por debajo de -70 LUFS; pico de %L1 dBFS)</translation>
    </message>
    <message>
        <source>mono file: analysed as dual-mono (the same signal on both sides)</source>
        <translation>archivo mono: analizado como dual-mono (la misma señal en ambos lados)</translation>
    </message>
    <message>
        <source>downmixed from %1 (%2 channels) to stereo with the ITU-R BS.775 coefficients; the LFE channel is left out</source>
        <translation>convertido de %1 (%L2 canales) a estéreo con los coeficientes de ITU-R BS.775; el canal LFE se descarta</translation>
    </message>
    <message>
        <source>the file is truncated or its header is wrong: it claims %1 s of audio but holds %2 s</source>
        <translation>el archivo está truncado o su cabecera es incorrecta: dice tener %1 s de audio, pero contiene %2 s</translation>
    </message>
    <message>
        <source>the file was replaced or deleted while it was being analysed; these results are for the version that was opened</source>
        <translation>el archivo se reemplazó o se eliminó mientras se analizaba; estos resultados son de la versión que se abrió</translation>
    </message>
    <message numerus="yes">
        <source>%1 sample(s) were not valid audio values (NaN, infinite or beyond +24 dBFS) and were treated as silence</source>
        <translation>
            <numerusform>%L1 muestra no era un valor de audio válido (NaN, infinito o por encima de +24 dBFS) y se trató como silencio</numerusform>
            <numerusform>%L1 muestras no eran valores de audio válidos (NaN, infinitos o por encima de +24 dBFS) y se trataron como silencio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged block(s) in the audio data were skipped</source>
        <translation>
            <numerusform>se ha omitido %n bloque dañado de los datos de audio</numerusform>
            <numerusform>se han omitido %n bloques dañados de los datos de audio</numerusform>
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
        <translation>estéreo</translation>
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
No se ha podido analizar: %2</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mezcla</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Analysing… %1%</source>
        <translation>Analizando… %L1 %</translation>
    </message>
    <message>
        <source>Cancelled — right-click to analyse it again</source>
        <translation>Análisis cancelado — haz clic derecho para volver a analizar la pista</translation>
    </message>
    <message>
        <source>Ready · matched at %1</source>
        <translation>Lista · igualada con %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Sonoridad</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>Pico real</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1
A reference profile: what Mixscope kept of these tracks, no audio. They are compared as references; there is nothing to play.
%2</source>
        <translation>%1
Un perfil de referencia: lo que Mixscope guardó de estas pistas, sin audio. Se comparan como referencias; no hay nada que reproducir.
%2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s), no audio</source>
        <translation>
            <numerusform>%n pista, sin audio</numerusform>
            <numerusform>%n pistas, sin audio</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready · references, not played</source>
        <translation>Listo · referencias, sin reproducción</translation>
    </message>
</context>
<context>
    <name>mixscope::TrackTable</name>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>&amp;Cancelar análisis</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>The top track is your mix: drag a track to the top, or right-click it, to make it the mix. Right-click to cancel or remove a track.</source>
        <translation>La pista de arriba es tu mezcla: arrastra una pista arriba del todo, o haz clic derecho sobre ella, para convertirla en la mezcla. Haz clic derecho para cancelar o quitar una pista.</translation>
    </message>
    <message>
        <source>Use as &amp;mix</source>
        <translation>Usar como &amp;mezcla</translation>
    </message>
    <message>
        <source>&amp;Analyse again</source>
        <translation>&amp;Analizar de nuevo</translation>
    </message>
    <message>
        <source>Cancel and &amp;remove</source>
        <translation>Cancelar y &amp;quitar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>mixscope::TransportBar</name>
    <message>
        <source>Sub 20–60 Hz</source>
        <translation>Subgraves 20–60 Hz</translation>
    </message>
    <message>
        <source>Bass 60–150 Hz</source>
        <translation>Graves 60–150 Hz</translation>
    </message>
    <message>
        <source>Low mids 150–500 Hz</source>
        <translation>Medios graves 150–500 Hz</translation>
    </message>
    <message>
        <source>Mids 500 Hz–2 kHz</source>
        <translation>Medios 500 Hz–2 kHz</translation>
    </message>
    <message>
        <source>High mids 2–6 kHz</source>
        <translation>Medios agudos 2–6 kHz</translation>
    </message>
    <message>
        <source>Highs 6–20 kHz</source>
        <translation>Agudos 6–20 kHz</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Band to solo</source>
        <translation>Banda para escuchar en solo</translation>
    </message>
    <message>
        <source>Match loudness</source>
        <translation>Igualar sonoridad</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <source>Band solo</source>
        <translation>Solo de banda</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mezcla</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Referencia %L1</translation>
    </message>
    <message>
        <source>%1: %2 (key %3; A switches between the mix and the last reference)</source>
        <translation>%1: %2 (tecla %3; A alterna entre la mezcla y la última referencia)</translation>
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
        <translation>en todo el tema</translation>
    </message>
</context>
<context>
    <name>mixscope::VectorscopePicture</name>
    <message>
        <source>correlation %1 · low end %2</source>
        <translation>correlación %1 · graves %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>L</source>
        <translation>I</translation>
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
        <translation>Vectorscopio de %1</translation>
    </message>
    <message>
        <source>%1
Vertical: mono (L + R). Diagonals: left and right only. Spread sideways: width; along the horizontal: out of phase.</source>
        <translation>%1
Vertical: mono (I + D). Diagonales: solo izquierda o solo derecha. Dispersión lateral: anchura; a lo largo de la horizontal: fuera de fase.</translation>
    </message>
</context>
</TS>
