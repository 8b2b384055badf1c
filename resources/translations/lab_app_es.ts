<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnalogyPanel</name>
    <message>
        <source>Analogy: a − b + c ≈ ?</source>
        <translation>Analogía: a − b + c ≈ ?</translation>
    </message>
    <message>
        <source>king − man + woman ≈ queen: the word whose vector is closest (cosine) to v(a) − v(b) + v(c), leaving out a, b and c. &lt;b&gt;3CosAdd&lt;/b&gt; maximises cos(x, a) − cos(x, b) + cos(x, c); &lt;b&gt;3CosMul&lt;/b&gt; (Levy &amp;amp; Goldberg 2014) multiplies instead, so one large similarity cannot dominate.</source>
        <translation>rey − hombre + mujer ≈ reina: la palabra cuyo vector está más cerca (coseno) de v(a) − v(b) + v(c), sin contar a, b ni c. &lt;b&gt;3CosAdd&lt;/b&gt; maximiza cos(x, a) − cos(x, b) + cos(x, c); &lt;b&gt;3CosMul&lt;/b&gt; (Levy &amp;amp; Goldberg 2014) multiplica en su lugar, de modo que una sola similitud grande no puede dominar.</translation>
    </message>
    <message>
        <source>Ready examples; those the vocabulary lacks say so</source>
        <translation>Ejemplos preparados; se indica cuáles tienen palabras fuera del vocabulario</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Ready examples…</source>
        <translation>Ejemplos listos…</translation>
    </message>
    <message>
        <source>(not in the vocabulary: %1)</source>
        <translation>(fuera del vocabulario: %1)</translation>
    </message>
    <message>
        <source>Train word2vec or load vectors first.</source>
        <translation>Primero entrena word2vec o carga vectores.</translation>
    </message>
</context>
<context>
    <name>ArchitectureHeader</name>
    <message>
        <source>The five architectures of the lecture: pick a task</source>
        <translation>Las cinco arquitecturas de la clase: elige una tarea</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>Arquitectura:</translation>
    </message>
</context>
<context>
    <name>ArchitectureStrip</name>
    <message>
        <source>one to one</source>
        <translation>uno a uno</translation>
    </message>
    <message>
        <source>next character (no memory)</source>
        <translation>siguiente carácter (sin memoria)</translation>
    </message>
    <message>
        <source>One input gives one output, with no memory of earlier steps: a traditional network predicting the next character.</source>
        <translation>Una entrada da una salida (one to one), sin memoria de los pasos anteriores: una red tradicional que predice el siguiente carácter.</translation>
    </message>
    <message>
        <source>one to many</source>
        <translation>uno a muchos</translation>
    </message>
    <message>
        <source>text generation</source>
        <translation>generación de texto</translation>
    </message>
    <message>
        <source>One input starts a sequence of outputs, each fed back as the next input: the network writes text.</source>
        <translation>Una entrada inicia una secuencia de salidas (one to many), cada una realimentada como la siguiente entrada: la red escribe texto.</translation>
    </message>
    <message>
        <source>many to one</source>
        <translation>muchos a uno</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>sentimiento</translation>
    </message>
    <message>
        <source>The network reads the whole sentence and gives one output at the end: positive or negative.</source>
        <translation>La red lee toda la frase y da una sola salida al final (many to one): positiva o negativa.</translation>
    </message>
    <message>
        <source>many to many (x = y)</source>
        <translation>muchos a muchos (x = y)</translation>
    </message>
    <message>
        <source>part-of-speech tags</source>
        <translation>etiquetas gramaticales</translation>
    </message>
    <message>
        <source>One output for every input, step by step: the part-of-speech tag of each word.</source>
        <translation>Una salida por cada entrada (many to many), paso a paso: la etiqueta gramatical de cada palabra.</translation>
    </message>
    <message>
        <source>many to many (x ≠ y)</source>
        <translation>muchos a muchos (x ≠ y)</translation>
    </message>
    <message>
        <source>translation (seq2seq)</source>
        <translation>traducción (seq2seq)</translation>
    </message>
    <message>
        <source>An encoder reads the whole input, then a decoder writes an output of another length: translation.</source>
        <translation>Un codificador (encoder) lee toda la entrada y luego un decodificador (decoder) escribe una salida de otra longitud (many to many): traducción.</translation>
    </message>
    <message>
        <source>RNN architectures</source>
        <translation>Arquitecturas de RNN</translation>
    </message>
</context>
<context>
    <name>AttentionGridView</name>
    <message>
        <source>layer %1, head %2: click to look at it</source>
        <translation>capa %1, cabeza %2: haz clic para verla</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>store → milk</source>
        <translation>store → milk</translation>
    </message>
    <message>
        <source>store → penguins</source>
        <translation>store → penguins</translation>
    </message>
    <message>
        <source>[MASK] … milk</source>
        <translation>[MASK] … milk</translation>
    </message>
    <message>
        <source>The layer the matrix and head views show (1 = nearest the input); or click a head in the model view</source>
        <translation>La capa que muestran las vistas de matriz y de cabeza (1 = la más cercana a la entrada); o haz clic en una cabeza en la vista del modelo</translation>
    </message>
    <message>
        <source>The head of that layer the matrix and head views show</source>
        <translation>La cabeza de esa capa que muestran las vistas de matriz y de cabeza</translation>
    </message>
    <message>
        <source>Model view: layers × heads (each scaled to its maximum; click one)</source>
        <translation>Vista del modelo: capas × cabezas (cada una escalada a su máximo; haz clic en una)</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>head</source>
        <translation>cabeza</translation>
    </message>
    <message>
        <source>Press Show</source>
        <translation>Pulsa Mostrar</translation>
    </message>
    <message>
        <source>Matrix view</source>
        <translation>Vista de matriz</translation>
    </message>
    <message>
        <source>attending token (query)</source>
        <translation>token que atiende (consulta)</translation>
    </message>
    <message>
        <source>attended token (key)</source>
        <translation>token atendido (clave)</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>Head view</source>
        <translation>Vista de cabeza</translation>
    </message>
    <message>
        <source>Model view</source>
        <translation>Vista del modelo</translation>
    </message>
    <message>
        <source>layer </source>
        <translation>capa </translation>
    </message>
    <message>
        <source>head </source>
        <translation>cabeza </translation>
    </message>
    <message>
        <source>Write sentence A first.</source>
        <translation>Escribe primero la oración A.</translation>
    </message>
    <message>
        <source>The input is longer than this model reads: it was cut to %1 tokens (the views show those).</source>
        <translation>La entrada es más larga de lo que lee este modelo: se recortó a %1 tokens (las vistas muestran esos).</translation>
    </message>
    <message>
        <source>Matrix view, layer %1, head %2 (each row sums to 1)</source>
        <translation>Vista de matriz, capa %1, cabeza %2 (cada fila suma 1)</translation>
    </message>
    <message>
        <source>Row i is how token i (the query) spreads its attention over the tokens (the keys): softmax(QKᵀ/√d)</source>
        <translation>La fila i es cómo reparte el token i (la consulta, query) su atención entre los tokens (las claves, keys): softmax(QKᵀ/√d)</translation>
    </message>
    <message>
        <source>Head view, layer %1, head %2: query (left) → keys (right)</source>
        <translation>Vista de cabeza, capa %1, cabeza %2: consulta (izquierda) → claves (derecha)</translation>
    </message>
    <message>
        <source>A line from each token to each token it attends to; width and opacity: weight</source>
        <translation>Una línea de cada token a cada token al que atiende; grosor y opacidad: peso</translation>
    </message>
</context>
<context>
    <name>BertViewPage</name>
    <message>
        <source>Lee news</source>
        <translation>Noticias Lee</translation>
    </message>
    <message>
        <source>WordPiece vocabulary</source>
        <translation>Vocabulario WordPiece</translation>
    </message>
    <message>
        <source>pre-training a tiny BERT for the demo</source>
        <translation>preentrenando un BERT diminuto para la demo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Run the model on this input (in the background) and draw the views</source>
        <translation>Ejecuta el modelo con esta entrada (en segundo plano) y dibuja las vistas</translation>
    </message>
    <message>
        <source>No model yet: pre-train one or open a checkpoint.</source>
        <translation>Aún no hay modelo: preentrena uno o abre un checkpoint.</translation>
    </message>
    <message>
        <source>%1 layers, %2 heads, d = %3</source>
        <translation>%1 capas, %2 cabezas, d = %3</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>Modelo: %1.</translation>
    </message>
    <message>
        <source>Model: %1 — %2.</source>
        <translation>Modelo: %1 — %2.</translation>
    </message>
    <message>
        <source>Demo: no BERT yet, so a tiny one is pre-trained first on the news corpus for %1 seconds (the Pre-training page trains longer and shows how).</source>
        <translation>Demo: aún no hay BERT, así que primero se preentrena uno diminuto con el corpus de noticias durante %1 segundos (la página Preentrenamiento entrena más tiempo y muestra cómo).</translation>
    </message>
    <message>
        <source>the demo&apos;s mini-BERT (%1 steps on %2)</source>
        <translation>el mini-BERT de la demo (%1 pasos con %2)</translation>
    </message>
    <message>
        <source>The demo was cut short before its tiny BERT was pre-trained: give it more time, or pre-train one on the Pre-training page.</source>
        <translation>La demo se interrumpió antes de preentrenar su BERT diminuto: dale más tiempo o preentrena uno en la página Preentrenamiento.</translation>
    </message>
</context>
<context>
    <name>CheckpointPage</name>
    <message>
        <source>Open a model folder (config.json, weights, vocab.txt or tokenizer.json) or type a model id such as bert-base-uncased; nothing is sent anywhere.</source>
        <translation>Abre una carpeta de modelo (config.json, pesos, vocab.txt o tokenizer.json) o escribe un id de modelo como bert-base-uncased; no se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>The model&apos;s configuration</source>
        <translation>La configuración del modelo</translation>
    </message>
    <message>
        <source>Open a folder or a model id to see its configuration</source>
        <translation>Abre una carpeta o un id de modelo para ver su configuración</translation>
    </message>
    <message>
        <source>Any text: the model&apos;s own WordPiece tokenizer splits it</source>
        <translation>Cualquier texto: lo divide el propio tokenizador WordPiece del modelo</translation>
    </message>
    <message>
        <source>WordPiece tokens (dashed orange: a piece that continues a word, ##)</source>
        <translation>Tokens WordPiece (naranja discontinuo: una pieza que continúa una palabra, ##)</translation>
    </message>
    <message>
        <source>Open a model to see how its tokenizer splits text</source>
        <translation>Abre un modelo para ver cómo divide el texto su tokenizador</translation>
    </message>
    <message>
        <source>Use this model in the views</source>
        <translation>Usar este modelo en las vistas</translation>
    </message>
    <message>
        <source>The Attention, Inside and Masked LM pages then inspect it</source>
        <translation>Después lo examinan las páginas Atención, Por dentro y Masked LM</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <source>A Hugging Face model folder saved on this computer</source>
        <translation>Una carpeta de modelo de Hugging Face guardada en este ordenador</translation>
    </message>
    <message>
        <source>or a model id, e.g. bert-base-uncased</source>
        <translation>o un id de modelo, p. ej. bert-base-uncased</translation>
    </message>
    <message>
        <source>A Hugging Face model id (owner/name): read from the local cache, or downloaded once when the internet can be reached</source>
        <translation>Un id de modelo de Hugging Face (propietario/nombre): se lee de la caché local o se descarga una vez si hay acceso a internet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting; a download already under way is dropped</source>
        <translation>Deja de esperar; se descarta una descarga ya en curso</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Open a BERT model folder</source>
        <translation>Abrir una carpeta de modelo BERT</translation>
    </message>
    <message>
        <source>Opening %1… (a model id not in the cache may download for minutes)</source>
        <translation>Abriendo %1… (un id de modelo que no esté en la caché puede tardar minutos en descargarse)</translation>
    </message>
    <message>
        <source>Demo: saving a mini-BERT with save_pretrained and opening it as a checkpoint.</source>
        <translation>Demo: se guarda un mini-BERT con save_pretrained y se abre como checkpoint.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Abierto %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Attention heads per layer</source>
        <translation>Cabezas de atención por capa</translation>
    </message>
    <message>
        <source>Hidden size d</source>
        <translation>Tamaño oculto d</translation>
    </message>
    <message>
        <source>Feed-forward size</source>
        <translation>Tamaño feed-forward</translation>
    </message>
    <message>
        <source>WordPiece vocabulary</source>
        <translation>Vocabulario WordPiece</translation>
    </message>
    <message>
        <source>Maximum positions (tokens)</source>
        <translation>Posiciones máximas (tokens)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>%1 WordPiece tokens; with [CLS] and [SEP], %2 of the model&apos;s %3 positions.</source>
        <translation>%1 tokens WordPiece; con [CLS] y [SEP], %2 de las %3 posiciones del modelo.</translation>
    </message>
    <message>
        <source>Longer than the model&apos;s maximum: it would read only the first %1.</source>
        <translation>Más largo que el máximo del modelo: solo leería los primeros %1.</translation>
    </message>
    <message>
        <source>In use by the views: %1.</source>
        <translation>En uso en las vistas: %1.</translation>
    </message>
    <message>
        <source>No BERT in use by the views yet.</source>
        <translation>Las vistas aún no usan ningún BERT.</translation>
    </message>
</context>
<context>
    <name>ComparisonLine</name>
    <message>
        <source>Runs that differ only in the cell (RNN, GRU, LSTM) are drawn side by side: same data, split, seed, sizes and budget.</source>
        <translation>Los entrenamientos que solo difieren en la celda (RNN, GRU, LSTM) se dibujan juntos: mismos datos, partición, semilla, tamaños y presupuesto.</translation>
    </message>
    <message>
        <source>Held the same: data and split, seed %1, d_h = %2, d_x = %3, batch %4, %5 steps, learning rate %6.</source>
        <translation>Igual: datos y partición, semilla %1, d_h = %2, d_x = %3, lote %4, %5 pasos, tasa de aprendizaje %6.</translation>
    </message>
    <message>
        <source>Differs: the cell — %1 (parameters).</source>
        <translation>Distinto: la celda — %1 (parámetros).</translation>
    </message>
</context>
<context>
    <name>ComparisonNote</name>
    <message>
        <source>Same data, same seed, same d&lt;sub&gt;h&lt;/sub&gt;, same output layer and the same number of steps; only the recurrent cell differs.</source>
        <translation>Mismos datos, misma semilla, mismo d&lt;sub&gt;h&lt;/sub&gt;, misma capa de salida y el mismo número de pasos; solo cambia la celda recurrente.</translation>
    </message>
    <message>
        <source>Gate initialisation: chrono (T = %1) for the LSTM&apos;s forget gate f and the GRU&apos;s update gate z: both start with memory spans up to T steps, as the task needs; the RNN has no gate.</source>
        <translation>Inicialización de las puertas: chrono (T = %1) para la puerta de olvido f de la LSTM y la de actualización z de la GRU: ambas empiezan con memoria de hasta T pasos, la que pide la tarea; la RNN no tiene puerta.</translation>
    </message>
    <message>
        <source>Gate initialisation: b = 1 for the LSTM&apos;s forget gate f and the GRU&apos;s update gate z: σ(1) ≈ 0.73, about 4 steps of memory at the start; the RNN has no gate.</source>
        <translation>Inicialización de las puertas: b = 1 para la puerta de olvido f de la LSTM y la de actualización z de la GRU: σ(1) ≈ 0,73, unos 4 pasos de memoria al empezar; la RNN no tiene puerta.</translation>
    </message>
    <message>
        <source>Gate initialisation: torch&apos;s default for the LSTM&apos;s forget gate f and the GRU&apos;s update gate z: σ ≈ 0.5, about 2 steps of memory at the start; the RNN has no gate.</source>
        <translation>Inicialización de las puertas: la de torch por defecto para la puerta de olvido f de la LSTM y la de actualización z de la GRU: σ ≈ 0,5, unos 2 pasos de memoria al empezar; la RNN no tiene puerta.</translation>
    </message>
</context>
<context>
    <name>ContextSection</name>
    <message>
        <source>Lecture example (banco)</source>
        <translation>Ejemplo de la clase (banco)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Run the model on both sentences (in the background)</source>
        <translation>Ejecuta el modelo con las dos oraciones (en segundo plano)</translation>
    </message>
    <message>
        <source>One static vector, two contextual ones (each row scaled to its largest value)</source>
        <translation>Un vector estático y dos contextuales (cada fila escalada a su valor máximo)</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>vector</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimensión</translation>
    </message>
    <message>
        <source>Press Compare</source>
        <translation>Pulsa Comparar</translation>
    </message>
    <message>
        <source>Cosine between the word&apos;s two BERT vectors, layer by layer</source>
        <translation>Coseno entre los dos vectores BERT de la palabra, capa a capa</translation>
    </message>
    <message>
        <source>layer (0 = input embeddings)</source>
        <translation>capa (0 = embeddings de entrada)</translation>
    </message>
    <message>
        <source>cosine similarity</source>
        <translation>similitud coseno</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vectores</translation>
    </message>
    <message>
        <source>Cosine per layer</source>
        <translation>Coseno por capa</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <source>Sentence 1</source>
        <translation>Oración 1</translation>
    </message>
    <message>
        <source>Sentence 2</source>
        <translation>Oración 2</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>static (input table)</source>
        <translation>estático (tabla de entrada)</translation>
    </message>
    <message>
        <source>sentence 1, last layer</source>
        <translation>oración 1, última capa</translation>
    </message>
    <message>
        <source>sentence 2, last layer</source>
        <translation>oración 2, última capa</translation>
    </message>
    <message>
        <source>«%1»: sentence 1 vs sentence 2 (BERT)</source>
        <translation>«%1»: oración 1 frente a oración 2 (BERT)</translation>
    </message>
    <message>
        <source>static vector: the same in both, cosine 1</source>
        <translation>vector estático: el mismo en ambas, coseno 1</translation>
    </message>
    <message>
        <source>Nearest tokens to «%1» (cosine): one list for the static vector, one per context</source>
        <translation>Tokens más cercanos a «%1» (coseno): una lista para el vector estático y una por contexto</translation>
    </message>
    <message>
        <source>«%1» has one static vector but two BERT vectors: their cosine is %2 at the input and %3 after the last layer.</source>
        <translation>«%1» tiene un vector estático pero dos vectores BERT: su coseno es %2 en la entrada y %3 tras la última capa.</translation>
    </message>
</context>
<context>
    <name>CorpusPage</name>
    <message>
        <source>Zipf plot</source>
        <translation>Gráfico de Zipf</translation>
    </message>
    <message>
        <source>Documents and sentences</source>
        <translation>Documentos y oraciones</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <source>Open a file or a folder, drop one on the window, or load a built-in corpus: every tab uses it.</source>
        <translation>Abre un archivo o una carpeta, arrástralo a la ventana o carga un corpus incluido: todas las pestañas lo usan.</translation>
    </message>
    <message>
        <source>Open corpus file</source>
        <translation>Abrir archivo de corpus</translation>
    </message>
    <message>
        <source>Text and tables (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Texto y tablas (*.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a folder of .txt files</source>
        <translation>Abrir una carpeta de archivos .txt</translation>
    </message>
    <message>
        <source>Load a corpus first; the options apply to the next load.</source>
        <translation>Primero carga un corpus; las opciones se aplican en la próxima carga.</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
    <message>
        <source>parsing</source>
        <translation>analizando</translation>
    </message>
    <message>
        <source>tokenising</source>
        <translation>tokenizando</translation>
    </message>
    <message>
        <source>Could not load «%1»: %2</source>
        <translation>No se pudo cargar «%1»: %2</translation>
    </message>
    <message>
        <source>The previous corpus is still loaded.</source>
        <translation>El corpus anterior sigue cargado.</translation>
    </message>
    <message>
        <source>Loading stopped. The previous corpus is still loaded.</source>
        <translation>Carga detenida. El corpus anterior sigue cargado.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <source>Count table</source>
        <translation>Tabla de frecuencias</translation>
    </message>
    <message>
        <source>Words as count vectors</source>
        <translation>Palabras como vectores de frecuencias</translation>
    </message>
    <message>
        <source>Each word is a vector of counts; here two of its entries, as an arrow from the origin. Words used in similar contexts point in similar directions: the cosine of the angle between two arrows measures it. Double-click to enlarge.</source>
        <translation>Cada palabra es un vector de frecuencias; aquí, dos de sus componentes, como una flecha desde el origen. Las palabras usadas en contextos parecidos apuntan en direcciones parecidas: lo mide el coseno del ángulo entre dos flechas. Doble clic para ampliar.</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>Context counts</source>
        <translation>Frecuencias de contexto</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vectores</translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation>Contextos</translation>
    </message>
    <message>
        <source>The lecture&apos;s tables need no Start. Press Start to count the loaded corpus: its concordance and its term-document and word-word matrices.</source>
        <translation>Las tablas de la clase no necesitan Iniciar. Pulsa Iniciar para contar el corpus cargado: su concordancia y sus matrices término-documento y palabra-palabra.</translation>
    </message>
    <message>
        <source>(shown: %1; press Start to count again)</source>
        <translation>(se muestra: %1; pulsa Iniciar para volver a contar)</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>contando</translation>
    </message>
    <message>
        <source>tokenising</source>
        <translation>tokenizando</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
    <message>
        <source>Term-document matrix: four Shakespeare plays</source>
        <translation>Matriz término-documento: cuatro obras de Shakespeare</translation>
    </message>
    <message>
        <source>f(t, d): how often term t occurs in play d. A word&apos;s vector is its row (dimension |D| = 4); a play&apos;s vector is its column. Comedies share fool and clown, histories battle and soldier.</source>
        <translation>f(t, d): cuántas veces aparece el término t en la obra d. El vector de una palabra es su fila (dimensión |D| = 4); el de una obra, su columna. Las comedias comparten fool y clown; los dramas históricos, battle y soldier.</translation>
    </message>
    <message>
        <source>Word-word matrix: car, cat, dog, van</source>
        <translation>Matriz palabra-palabra: car, cat, dog, van</translation>
    </message>
    <message>
        <source>How often each context word occurs near the word (after A. Lenci, 2014; the slide&apos;s “…” columns left out). car and van share drive and wheel, cat and dog share eat and play.</source>
        <translation>Cuántas veces aparece cada palabra de contexto cerca de la palabra (según A. Lenci, 2014; se omiten las columnas «…» de la diapositiva). car y van comparten drive y wheel; cat y dog, eat y play.</translation>
    </message>
    <message>
        <source>word</source>
        <translation>palabra</translation>
    </message>
    <message>
        <source>count</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>Term-document matrix of the corpus</source>
        <translation>Matriz término-documento del corpus</translation>
    </message>
    <message>
        <source>Word-word co-occurrence matrix of the corpus</source>
        <translation>Matriz de coocurrencia palabra-palabra del corpus</translation>
    </message>
    <message>
        <source>Press Start to count the loaded corpus (or Lee news).</source>
        <translation>Pulsa Iniciar para contar el corpus cargado (o Noticias Lee).</translation>
    </message>
    <message>
        <source>None of the words is in the corpus: try others.</source>
        <translation>Ninguna de las palabras está en el corpus: prueba con otras.</translation>
    </message>
    <message>
        <source>doc %1</source>
        <translation>doc. %1</translation>
    </message>
    <message>
        <source>%1: %2 × %3, %4 non-zero counts (%5 % zeros).</source>
        <translation>%1: %2 × %3, %4 valores no nulos (%5 % de ceros).</translation>
    </message>
    <message>
        <source>Shown: the chosen words in the first %1 of %2 documents.</source>
        <translation>Se muestran las palabras elegidas en los primeros %1 de %2 documentos.</translation>
    </message>
    <message>
        <source>Window ±%1 (windows never cross a document&apos;s end).</source>
        <translation>Ventana ±%1 (las ventanas nunca cruzan el final de un documento).</translation>
    </message>
    <message>
        <source>Recounting at ±%1…</source>
        <translation>Recontando con ±%1…</translation>
    </message>
    <message>
        <source>Concordance of “%1”, window ±%2</source>
        <translation>Concordancia de «%1», ventana ±%2</translation>
    </message>
    <message>
        <source>Contexts of “%1” within ±%2</source>
        <translation>Contextos de «%1» dentro de ±%2</translation>
    </message>
    <message>
        <source>Press Start to count the corpus: a word&apos;s lines and contexts appear here.</source>
        <translation>Pulsa Iniciar para contar el corpus: aquí aparecen las líneas y los contextos de una palabra.</translation>
    </message>
    <message>
        <source>“%1” does not occur in %2: try another word.</source>
        <translation>«%1» no aparece en %2: prueba con otra palabra.</translation>
    </message>
    <message>
        <source>%1 of %2 occurrences (number: the document). The brackets hold the ±%3 context window: what they hold is counted beside.</source>
        <translation>%1 de %2 apariciones (número: el documento). Los corchetes encierran la ventana de contexto ±%3: lo que encierran se cuenta al lado.</translation>
    </message>
    <message>
        <source>context word</source>
        <translation>palabra de contexto</translation>
    </message>
    <message>
        <source>The row “%1” of the word-word matrix at ±%2: %3 context words, %4 different.</source>
        <translation>La fila «%1» de la matriz palabra-palabra con ±%2: %3 palabras de contexto, %4 distintas.</translation>
    </message>
</context>
<context>
    <name>CountsSettings</name>
    <message>
        <source>Shakespeare (lecture)</source>
        <translation>Shakespeare (clase)</translation>
    </message>
    <message>
        <source>car, cat, dog, van (lecture)</source>
        <translation>car, cat, dog, van (clase)</translation>
    </message>
    <message>
        <source>Corpus: term-document</source>
        <translation>Corpus: término-documento</translation>
    </message>
    <message>
        <source>Corpus: word-word</source>
        <translation>Corpus: palabra-palabra</translation>
    </message>
    <message>
        <source>The lecture&apos;s two tables: counts of battle, soldier, fool, clown in four Shakespeare plays (term-document), and contexts of car, cat, dog, van (word-word, after Lenci). Or the loaded corpus counted (press Start).</source>
        <translation>Las dos tablas de la clase: frecuencias de battle, soldier, fool y clown en cuatro obras de Shakespeare (término-documento) y contextos de car, cat, dog y van (palabra-palabra, según Lenci). O el corpus cargado, contado (pulsa Iniciar).</translation>
    </message>
    <message>
        <source>a frequent word</source>
        <translation>una palabra frecuente</translation>
    </message>
    <message>
        <source>The word whose occurrences and contexts are listed</source>
        <translation>La palabra cuyas apariciones y contextos se listan</translation>
    </message>
    <message>
        <source>Context window ±w: the w words on each side of a word are its context. It changes the brackets, the context counts and the word-word table together.</source>
        <translation>Ventana de contexto ±w: las w palabras a cada lado de una palabra son su contexto. Cambia a la vez los corchetes, las frecuencias de contexto y la tabla palabra-palabra.</translation>
    </message>
    <message>
        <source>e.g. car, road, fire</source>
        <translation>p. ej. car, road, fire</translation>
    </message>
    <message>
        <source>Rows of the corpus tables, separated by commas (Enter to show them)</source>
        <translation>Filas de las tablas del corpus, separadas por comas (Intro para mostrarlas)</translation>
    </message>
    <message>
        <source>the chosen words</source>
        <translation>las palabras elegidas</translation>
    </message>
    <message>
        <source>their top contexts</source>
        <translation>sus contextos más frecuentes</translation>
    </message>
    <message>
        <source>Columns of the word-word table: the chosen words themselves, or the context words that occur most often around them</source>
        <translation>Columnas de la tabla palabra-palabra: las propias palabras elegidas o las palabras de contexto más frecuentes a su alrededor</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Words (rows)</source>
        <translation>Palabras (filas)</translation>
    </message>
    <message>
        <source>Word-word columns</source>
        <translation>Columnas pal.-pal.</translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation>Contextos</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <source>Press Start to train</source>
        <translation>Pulsa Iniciar para entrenar</translation>
    </message>
</context>
<context>
    <name>DeviceBox</name>
    <message>
        <source>Where the model computes: the CPU always works; a CUDA GPU (NVIDIA) or Apple&apos;s GPU (mps) is listed when torch sees one, and fine-tuning a real checkpoint is much faster there</source>
        <translation>Dónde calcula el modelo: la CPU siempre funciona; una GPU CUDA (NVIDIA) o la GPU de Apple (mps) aparece si torch la ve, y en ella el ajuste fino de un checkpoint real es mucho más rápido</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 (NVIDIA GPU)</source>
        <translation>%1 (GPU NVIDIA)</translation>
    </message>
    <message>
        <source>mps (Apple GPU)</source>
        <translation>mps (GPU de Apple)</translation>
    </message>
</context>
<context>
    <name>EmbeddingCorpus</name>
    <message>
        <source>Corpus: none loaded, Start uses Lee news (English)</source>
        <translation>Corpus: ninguno cargado; Iniciar usa Noticias Lee (inglés)</translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Corpus: %1</translation>
    </message>
</context>
<context>
    <name>EmbeddingMap</name>
    <message>
        <source>Word map</source>
        <translation>Mapa de palabras</translation>
    </message>
    <message>
        <source>Enlarge this map; Esc or a second click to go back</source>
        <translation>Amplía este mapa; Esc o un segundo clic para volver</translation>
    </message>
    <message>
        <source>Train word2vec or load vectors to see the map</source>
        <translation>Entrena word2vec o carga vectores para ver el mapa</translation>
    </message>
    <message>
        <source>other (%1 groups)</source>
        <translation>otros (%1 grupos)</translation>
    </message>
</context>
<context>
    <name>EmbeddingPhases</name>
    <message>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
    <message>
        <source>parsing</source>
        <translation>analizando</translation>
    </message>
    <message>
        <source>tokenising</source>
        <translation>tokenizando</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>contando</translation>
    </message>
    <message>
        <source>splitting sentences</source>
        <translation>dividiendo en oraciones</translation>
    </message>
    <message>
        <source>splitting periods</source>
        <translation>dividiendo en periodos</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>projecting</source>
        <translation>proyectando</translation>
    </message>
    <message>
        <source>clustering</source>
        <translation>agrupando</translation>
    </message>
    <message>
        <source>aligning</source>
        <translation>alineando</translation>
    </message>
    <message>
        <source>t-SNE neighbours</source>
        <translation>vecinos de t-SNE</translation>
    </message>
    <message>
        <source>reading vectors</source>
        <translation>leyendo vectores</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>exportando</translation>
    </message>
</context>
<context>
    <name>EmbeddingQuiz</name>
    <message>
        <source>1. What are the differences between dense and sparse vectors?</source>
        <translation>1. ¿Qué diferencias hay entre los vectores densos y los dispersos?</translation>
    </message>
    <message>
        <source>Dense vectors are longer and mostly zeros</source>
        <translation>Los vectores densos son más largos y casi todo ceros</translation>
    </message>
    <message>
        <source>Sparse: long (20,000–50,000, one entry per word or document), mostly zeros. Dense: short (50–1,000), mostly non-zero</source>
        <translation>Dispersos: largos (20 000–50 000, una componente por palabra o documento), casi todo ceros. Densos: cortos (50–1000), casi todo distinto de cero</translation>
    </message>
    <message>
        <source>None: they are two names for the same thing</source>
        <translation>Ninguna: son dos nombres para lo mismo</translation>
    </message>
    <message>
        <source>Sparse vectors have one entry per context (word or document): 20,000–50,000 entries, almost all zero. Dense vectors have 50–1,000 entries, mostly non-zero: fewer weights to learn, and they generalise better (car and automobile get similar vectors even if they never share a context word).</source>
        <translation>Los vectores dispersos tienen una componente por contexto (palabra o documento): 20 000–50 000 componentes, casi todas cero. Los densos tienen 50–1000 componentes, casi todas distintas de cero: menos pesos que aprender, y generalizan mejor (coche y automóvil reciben vectores parecidos aunque nunca compartan una palabra de contexto).</translation>
    </message>
    <message>
        <source>2. How are dense vectors obtained?</source>
        <translation>2. ¿Cómo se obtienen los vectores densos?</translation>
    </message>
    <message>
        <source>By counting how often each word appears in each document</source>
        <translation>Contando cuántas veces aparece cada palabra en cada documento</translation>
    </message>
    <message>
        <source>By one-hot encoding each word</source>
        <translation>Codificando cada palabra en one-hot</translation>
    </message>
    <message>
        <source>By predicting instead of counting: word2vec trains a classifier to tell real (word, context) pairs from random ones, and keeps its weights</source>
        <translation>Prediciendo en lugar de contar: word2vec entrena un clasificador que distingue pares (palabra, contexto) reales de pares aleatorios y se queda con sus pesos</translation>
    </message>
    <message>
        <source>word2vec (skip-gram): for each word w, the words c in its window are positive examples and k random words are negatives; a logistic-regression classifier learns σ(c·w), and the hidden-layer weights w are the vectors. (A truncated SVD of the PPMI matrix also gives dense vectors: the bridge from counts.)</source>
        <translation>word2vec (skip-gram): para cada palabra w, las palabras c de su ventana son ejemplos positivos y k palabras aleatorias son ejemplos negativos; un clasificador de regresión logística aprende σ(c·w), y los pesos w de la capa oculta son los vectores. (Una SVD truncada de la matriz PPMI también da vectores densos: el puente desde las frecuencias.)</translation>
    </message>
    <message>
        <source>3. Sparse word embeddings from 1,000 documents with a vocabulary of 20,000 words: what is the dimension of a word&apos;s vector?</source>
        <translation>3. Embeddings de palabras dispersos a partir de 1000 documentos con un vocabulario de 20 000 palabras: ¿cuál es la dimensión del vector de una palabra?</translation>
    </message>
    <message>
        <source>Reveal the answer</source>
        <translation>Mostrar la respuesta</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Muéstramelo</translation>
    </message>
    <message>
        <source>Open the view that shows it</source>
        <translation>Abre la vista que lo muestra</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>No exactamente.</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>tu respuesta</translation>
    </message>
    <message>
        <source>It depends on the matrix. From the term-document matrix a word&apos;s vector has one entry per document: &lt;b&gt;1,000&lt;/b&gt;. From the word-word (co-occurrence) matrix it has one entry per vocabulary word: &lt;b&gt;20,000&lt;/b&gt;.</source>
        <translation>Depende de la matriz. En la matriz término-documento, el vector de una palabra tiene una componente por documento: &lt;b&gt;1000&lt;/b&gt;. En la matriz palabra-palabra (de coocurrencia) tiene una componente por palabra del vocabulario: &lt;b&gt;20 000&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Quiz time! Answer first, then reveal.</source>
        <translation>¡Hora del quiz! Responde primero y luego muestra la respuesta.</translation>
    </message>
    <message>
        <source>For the loaded corpus: %1 documents → term-document vectors of dimension %1; %2 word types → word-word vectors of dimension %2.</source>
        <translation>Para el corpus cargado: %1 documentos → vectores término-documento de dimensión %1; %2 tipos de palabra → vectores palabra-palabra de dimensión %2.</translation>
    </message>
</context>
<context>
    <name>EncoderBox</name>
    <message>
        <source>Encoder</source>
        <translation>Codificador (encoder)</translation>
    </message>
    <message>
        <source>Go to Pre-training</source>
        <translation>Ir a Preentrenamiento</translation>
    </message>
    <message>
        <source>No BERT to fine-tune yet: pre-train a mini-BERT on the Pre-training page, or open a checkpoint.</source>
        <translation>Aún no hay BERT que ajustar: preentrena un mini-BERT en la página Preentrenamiento o abre un checkpoint.</translation>
    </message>
</context>
<context>
    <name>EquationPanel</name>
    <message>
        <source>The slides write * for the element-wise product: for one unit it is ·</source>
        <translation>Las diapositivas escriben * para el producto elemento a elemento: para una sola unidad es ·</translation>
    </message>
    <message>
        <source>&lt;b&gt;Equations&lt;/b&gt; — click a heatmap cell to fill them in</source>
        <translation>&lt;b&gt;Ecuaciones&lt;/b&gt; — haz clic en una celda de un mapa de calor para rellenarlas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unit %1, step t = %2&lt;/b&gt; (token «%3»)</source>
        <translation>&lt;b&gt;Unidad %1, paso t = %2&lt;/b&gt; (token «%3»)</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>The lab keeps running. The details are also in %1</source>
        <translation>El laboratorio sigue funcionando. Los detalles también están en %1</translation>
    </message>
</context>
<context>
    <name>FinetunePage</name>
    <message>
        <source>reading the examples</source>
        <translation>leyendo los ejemplos</translation>
    </message>
    <message>
        <source>demo: WordPiece vocabulary</source>
        <translation>demo: vocabulario WordPiece</translation>
    </message>
    <message>
        <source>demo: pre-training a tiny BERT</source>
        <translation>demo: preentrenando un BERT diminuto</translation>
    </message>
    <message>
        <source>Training loss of the three runs</source>
        <translation>Pérdida de entrenamiento (tres ejecuciones)</translation>
    </message>
    <message>
        <source>loss (nats)</source>
        <translation>pérdida (nats)</translation>
    </message>
    <message>
        <source>Held-out accuracy (dashed: always the majority class)</source>
        <translation>Exactitud de validación (discontinua: siempre la clase mayoritaria)</translation>
    </message>
    <message>
        <source>share correct</source>
        <translation>fracción de aciertos</translation>
    </message>
    <message>
        <source>Press Start: held-out accuracy about once a second</source>
        <translation>Pulsa Iniciar: exactitud de validación más o menos cada segundo</translation>
    </message>
    <message>
        <source>Held-out accuracy after each run</source>
        <translation>Exactitud de validación tras cada ejecución</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Press Start: three classifiers on the same data, one after the other (fine-tuned, frozen encoder, from scratch).</source>
        <translation>Pulsa Iniciar: tres clasificadores con los mismos datos, uno tras otro (con ajuste fino, codificador congelado, desde cero).</translation>
    </message>
    <message>
        <source>a tiny BERT pre-trained for this demo (%1 s on Lee news)</source>
        <translation>un BERT diminuto preentrenado para esta demo (%1 s con Noticias Lee)</translation>
    </message>
    <message>
        <source>Held-out accuracy: %1; always the majority class: %2.</source>
        <translation>Exactitud de validación: %1; siempre la clase mayoritaria: %2.</translation>
    </message>
    <message>
        <source>%1 training / %2 held-out examples</source>
        <translation>%1 ejemplos de entrenamiento / %2 de validación</translation>
    </message>
    <message>
        <source>Held the same: the encoder, data and split (%1), the new layer&apos;s first weights, %2. Differs: what trains.</source>
        <translation>Igual: el codificador, los datos y la partición (%1), los pesos iniciales de la capa nueva, %2. Distinto: lo que se entrena.</translation>
    </message>
    <message>
        <source>fine-tuned</source>
        <translation>con ajuste fino</translation>
    </message>
    <message>
        <source>frozen encoder</source>
        <translation>codificador congelado</translation>
    </message>
    <message>
        <source>from scratch</source>
        <translation>desde cero</translation>
    </message>
    <message>
        <source>all weights: encoder and new layer</source>
        <translation>todos los pesos: codificador y capa nueva</translation>
    </message>
    <message>
        <source>the new layer only; the encoder stays fixed</source>
        <translation>solo la capa nueva; el codificador no cambia</translation>
    </message>
    <message>
        <source>all weights, the encoder re-initialised at random (no pre-training)</source>
        <translation>todos los pesos, con el codificador reiniciado al azar (sin preentrenamiento)</translation>
    </message>
    <message>
        <source>always the majority class</source>
        <translation>siempre la clase mayoritaria</translation>
    </message>
</context>
<context>
    <name>FinetuneSettings</name>
    <message>
        <source>Spanish reviews (built in)</source>
        <translation>Reseñas en español (incluidas)</translation>
    </message>
    <message>
        <source>Movie reviews, English (built in)</source>
        <translation>Críticas de cine, inglés (incluidas)</translation>
    </message>
    <message>
        <source>Labelled text: a text and a &apos;label&apos; column (*.csv *.tsv)</source>
        <translation>Texto etiquetado: una columna de texto y una &apos;label&apos; (*.csv *.tsv)</translation>
    </message>
    <message>
        <source>Texts with a label each (pos / neg, or any classes): 300 short Spanish reviews, 200 English movie reviews (Pang &amp; Lee), the loaded corpus, or a CSV file</source>
        <translation>Textos con una etiqueta cada uno (pos / neg o cualquier clase): 300 reseñas breves en español, 200 críticas de cine en inglés (Pang y Lee), el corpus cargado o un archivo CSV</translation>
    </message>
    <message>
        <source>Share of each class kept aside for the held-out accuracy (%)</source>
        <translation>Fracción de cada clase reservada para la exactitud de validación (%)</translation>
    </message>
    <message>
        <source>Training steps of each of the three runs</source>
        <translation>Pasos de entrenamiento de cada una de las tres ejecuciones</translation>
    </message>
    <message>
        <source>Examples per step</source>
        <translation>Ejemplos por paso</translation>
    </message>
    <message>
        <source>AdamW&apos;s learning rate, the same for the three runs</source>
        <translation>Tasa de aprendizaje de AdamW, la misma para las tres ejecuciones</translation>
    </message>
    <message>
        <source>Longest text in tokens; longer ones are cut (and the model&apos;s own maximum applies)</source>
        <translation>Texto más largo en tokens; los más largos se recortan (y se aplica el máximo propio del modelo)</translation>
    </message>
    <message>
        <source>Labelled data</source>
        <translation>Datos etiquetados</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Each run</source>
        <translation>Cada ejecución</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Longitud máx.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>seed %1, %2 steps, batch %3, learning rate %4, at most %5 tokens</source>
        <translation>semilla %1, %2 pasos, lote %3, tasa de aprendizaje %4, como máximo %5 tokens</translation>
    </message>
</context>
<context>
    <name>FormulaText</name>
    <message>
        <source>context smoothing off: P(y) as above</source>
        <translation>suavizado de contextos desactivado: P(y) como arriba</translation>
    </message>
    <message>
        <source>context smoothing on: P(y) → P&lt;sub&gt;α&lt;/sub&gt;(y) = c(y)&lt;sup&gt;%1&lt;/sup&gt; / Σ c&lt;sup&gt;%1&lt;/sup&gt;</source>
        <translation>suavizado de contextos activado: P(y) → P&lt;sub&gt;α&lt;/sub&gt;(y) = c(y)&lt;sup&gt;%1&lt;/sup&gt; / Σ c&lt;sup&gt;%1&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>add-k on: c(x, y) → c(x, y) + %1</source>
        <translation>add-k activado: c(x, y) → c(x, y) + %1</translation>
    </message>
    <message>
        <source>add-k off</source>
        <translation>add-k desactivado</translation>
    </message>
    <message>
        <source>(term t, document d, collection D)</source>
        <translation>(término t, documento d, colección D)</translation>
    </message>
    <message>
        <source>(word x, context y, counts c(x, y), N = Σ c)</source>
        <translation>(palabra x, contexto y, frecuencias c(x, y), N = Σ c)</translation>
    </message>
    <message>
        <source>log: natural log; a term in every document gets idf 0.</source>
        <translation>log: logaritmo natural; un término presente en todos los documentos tiene idf 0.</translation>
    </message>
</context>
<context>
    <name>GateInitBox</name>
    <message>
        <source>chrono</source>
        <translation>chrono</translation>
    </message>
    <message>
        <source>b = 1</source>
        <translation>b = 1</translation>
    </message>
    <message>
        <source>torch default</source>
        <translation>por defecto de torch</translation>
    </message>
    <message>
        <source>Starting bias b of the gate that keeps the old state: the LSTM&apos;s forget gate f, the GRU&apos;s update gate z. The RNN has no such gate.&lt;br&gt;&lt;b&gt;chrono&lt;/b&gt;: b = log u, u ~ U[1, T−1], T = sequence length: each unit starts keeping its state for 2 to T steps (Tallec &amp;amp; Ollivier 2018); the LSTM&apos;s input gate gets b&lt;sub&gt;i&lt;/sub&gt; = −b&lt;sub&gt;f&lt;/sub&gt;.&lt;br&gt;&lt;b&gt;b = 1&lt;/b&gt;: σ(1) ≈ 0.73, about 4 steps.&lt;br&gt;&lt;b&gt;torch default&lt;/b&gt;: b near 0, σ ≈ 0.5, about 2 steps.</source>
        <translation>Sesgo inicial b de la puerta que conserva el estado anterior: la puerta de olvido f de la LSTM (forget gate), la puerta de actualización z de la GRU (update gate). La RNN no tiene esa puerta.&lt;br&gt;&lt;b&gt;chrono&lt;/b&gt;: b = log u, u ~ U[1, T−1], T = longitud de la secuencia: cada unidad empieza conservando su estado de 2 a T pasos (Tallec &amp;amp; Ollivier 2018); la puerta de entrada de la LSTM recibe b&lt;sub&gt;i&lt;/sub&gt; = −b&lt;sub&gt;f&lt;/sub&gt;.&lt;br&gt;&lt;b&gt;b = 1&lt;/b&gt;: σ(1) ≈ 0,73, unos 4 pasos.&lt;br&gt;&lt;b&gt;por defecto de torch&lt;/b&gt;: b cerca de 0, σ ≈ 0,5, unos 2 pasos.</translation>
    </message>
</context>
<context>
    <name>GatesPage</name>
    <message>
        <source>f&lt;sub&gt;t&lt;/sub&gt; forget gate</source>
        <translation>f&lt;sub&gt;t&lt;/sub&gt; puerta de olvido</translation>
    </message>
    <message>
        <source>i&lt;sub&gt;t&lt;/sub&gt; input gate</source>
        <translation>i&lt;sub&gt;t&lt;/sub&gt; puerta de entrada</translation>
    </message>
    <message>
        <source>C̃&lt;sub&gt;t&lt;/sub&gt; candidate</source>
        <translation>C̃&lt;sub&gt;t&lt;/sub&gt; candidato</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidato</translation>
    </message>
    <message>
        <source>o&lt;sub&gt;t&lt;/sub&gt; output gate</source>
        <translation>o&lt;sub&gt;t&lt;/sub&gt; puerta de salida</translation>
    </message>
    <message>
        <source>C&lt;sub&gt;t&lt;/sub&gt; cell state (memory)</source>
        <translation>C&lt;sub&gt;t&lt;/sub&gt; estado de la celda (memoria)</translation>
    </message>
    <message>
        <source>h&lt;sub&gt;t&lt;/sub&gt; output</source>
        <translation>h&lt;sub&gt;t&lt;/sub&gt; salida</translation>
    </message>
    <message>
        <source>hidden unit</source>
        <translation>unidad oculta</translation>
    </message>
    <message>
        <source>token (step t)</source>
        <translation>token (paso t)</translation>
    </message>
    <message>
        <source>Loss (cross-entropy, nats)</source>
        <translation>Pérdida (entropía cruzada, nats)</translation>
    </message>
    <message>
        <source>Saturated gates: share &amp;lt; 0.1 or &amp;gt; 0.9</source>
        <translation>Puertas saturadas: fracción &amp;lt; 0,1 o &amp;gt; 0,9</translation>
    </message>
    <message>
        <source>share</source>
        <translation>fracción</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>unit </source>
        <translation>unidad </translation>
    </message>
    <message>
        <source>Colour the probe by this unit&apos;s h_t (LSTMVis): hunt for units that track quotes or word ends</source>
        <translation>Colorea la frase de prueba según h_t de esta unidad (como LSTMVis): busca unidades que sigan comillas o finales de palabra</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Saturación</translation>
    </message>
    <message>
        <source>Equations</source>
        <translation>Ecuaciones</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Gates on the probe</source>
        <translation>Puertas en la frase de prueba</translation>
    </message>
    <message>
        <source>Check the settings: %1</source>
        <translation>Revisa los ajustes: %1</translation>
    </message>
    <message>
        <source>No corpus was loaded: using the Spanish sample.</source>
        <translation>No había ningún corpus cargado: se usa la muestra en español.</translation>
    </message>
    <message>
        <source>The probe has units never seen in training (read as &lt;unk&gt;): %1</source>
        <translation>La frase de prueba tiene unidades que no aparecen en el entrenamiento (se leen como &lt;unk&gt;): %1</translation>
    </message>
    <message>
        <source>Training diverged at step %1 (loss %2): lower the learning rate or turn on clipping. The weights from step %3 are kept.</source>
        <translation>El entrenamiento divergió en el paso %1 (pérdida %2): baja la tasa de aprendizaje o activa el recorte. Se conservan los pesos del paso %3.</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>El entrenamiento se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>GenerationPage</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The model reads one character x_t at a time and predicts the next one; windows of 64 characters, 10 % of the text held out.</source>
        <translation>El modelo lee un carácter x_t cada vez y predice el siguiente; ventanas de 64 caracteres, 10 % del texto reservado para validación.</translation>
    </message>
    <message>
        <source>Generated text</source>
        <translation>Texto generado</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Any text</source>
        <translation>Cualquier texto</translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>The text the model continues (its first inputs)</source>
        <translation>El texto que continúa el modelo (sus primeras entradas)</translation>
    </message>
    <message>
        <source>Temperature T divides the scores before the softmax: low T picks the likely characters (repetitive), high T takes risks (creative, then nonsense). T = 0: always the most likely</source>
        <translation>La temperatura T divide las puntuaciones antes del softmax: una T baja elige los caracteres probables (repetitivo), una T alta se arriesga (creativo, luego sin sentido). T = 0: siempre el más probable</translation>
    </message>
    <message>
        <source>How many candidate characters the bars show</source>
        <translation>Cuántos caracteres candidatos muestran las barras</translation>
    </message>
    <message>
        <source>Characters to generate</source>
        <translation>Caracteres que generar</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Sample new text from the trained model</source>
        <translation>Muestrea texto nuevo del modelo entrenado</translation>
    </message>
    <message>
        <source>Train a model (Start), then Generate</source>
        <translation>Entrena un modelo (Iniciar) y luego pulsa Generar</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Texto inicial</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>top-k</source>
        <translation>top-k</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>(greedy)</source>
        <translation>(voraz)</translation>
    </message>
</context>
<context>
    <name>GradientsPage</name>
    <message>
        <source>Distractor tokens between the symbol to remember and the question</source>
        <translation>Tokens de distracción entre el símbolo que hay que recordar y la pregunta</translation>
    </message>
    <message>
        <source>Gradient reaching k steps back: ‖∂L/∂h&lt;sub&gt;t−k&lt;/sub&gt;‖ / ‖∂L/∂h&lt;sub&gt;t&lt;/sub&gt;‖</source>
        <translation>Gradiente que llega k pasos atrás: ‖∂L/∂h&lt;sub&gt;t−k&lt;/sub&gt;‖ / ‖∂L/∂h&lt;sub&gt;t&lt;/sub&gt;‖</translation>
    </message>
    <message>
        <source>relative norm (log)</source>
        <translation>norma relativa (log)</translation>
    </message>
    <message>
        <source>Loss of each network</source>
        <translation>Pérdida de cada red</translation>
    </message>
    <message>
        <source>The last step&apos;s loss is differentiated with respect to each earlier h&lt;sub&gt;t−k&lt;/sub&gt;. A plain RNN&apos;s product of Jacobians shrinks it geometrically; the gates let it pass while f&lt;sub&gt;t&lt;/sub&gt;, z&lt;sub&gt;t&lt;/sub&gt; ≈ 1.</source>
        <translation>La pérdida del último paso se deriva respecto de cada h&lt;sub&gt;t−k&lt;/sub&gt; anterior. En una RNN simple el producto de jacobianos la reduce geométricamente; las puertas la dejan pasar mientras f&lt;sub&gt;t&lt;/sub&gt;, z&lt;sub&gt;t&lt;/sub&gt; ≈ 1.</translation>
    </message>
    <message>
        <source>Gate initialisation</source>
        <translation>Inicialización de las puertas</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradiente</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Gap G</source>
        <translation>Separación G</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>measured after %1 training steps</source>
        <translation>medido tras %1 pasos de entrenamiento</translation>
    </message>
</context>
<context>
    <name>GruNote</name>
    <message>
        <source>GRU (gated recurrent unit): like an LSTM without a separate memory C&lt;sub&gt;t&lt;/sub&gt;; an update gate z&lt;sub&gt;t&lt;/sub&gt; mixes the old h&lt;sub&gt;t−1&lt;/sub&gt; with a candidate: h&lt;sub&gt;t&lt;/sub&gt; = (1 − z&lt;sub&gt;t&lt;/sub&gt;)·ñ&lt;sub&gt;t&lt;/sub&gt; + z&lt;sub&gt;t&lt;/sub&gt;·h&lt;sub&gt;t−1&lt;/sub&gt;.</source>
        <translation>GRU (gated recurrent unit, unidad recurrente con puertas): como una LSTM sin una memoria C&lt;sub&gt;t&lt;/sub&gt; aparte; una puerta de actualización z&lt;sub&gt;t&lt;/sub&gt; mezcla la h&lt;sub&gt;t−1&lt;/sub&gt; anterior con una candidata: h&lt;sub&gt;t&lt;/sub&gt; = (1 − z&lt;sub&gt;t&lt;/sub&gt;)·ñ&lt;sub&gt;t&lt;/sub&gt; + z&lt;sub&gt;t&lt;/sub&gt;·h&lt;sub&gt;t−1&lt;/sub&gt;.</translation>
    </message>
</context>
<context>
    <name>HeadLinesView</name>
    <message>
        <source>Double-click to enlarge this panel; Esc to go back</source>
        <translation>Doble clic para ampliar este panel; Esc para volver</translation>
    </message>
    <message>
        <source>Hide the lines of weights below this value</source>
        <translation>Oculta las líneas de pesos por debajo de este valor</translation>
    </message>
    <message>
        <source>hide [CLS]/[SEP]</source>
        <translation>ocultar [CLS]/[SEP]</translation>
    </message>
    <message>
        <source>[CLS] and [SEP] soak up much attention: hide their lines to see the rest</source>
        <translation>[CLS] y [SEP] acaparan mucha atención: oculta sus líneas para ver el resto</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
    <message>
        <source>«%1» attends most to: %2</source>
        <translation>«%1» presta más atención a: %2</translation>
    </message>
    <message>
        <source>«%1» is attended most by: %2</source>
        <translation>«%1» recibe más atención de: %2</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>Press Start</source>
        <translation>Pulsa Iniciar</translation>
    </message>
    <message>
        <source>Move along the sequence</source>
        <translation>Recorre la secuencia</translation>
    </message>
</context>
<context>
    <name>HiddenView</name>
    <message>
        <source>hidden unit</source>
        <translation>unidad oculta</translation>
    </message>
    <message>
        <source>token (step t)</source>
        <translation>token (paso t)</translation>
    </message>
    <message>
        <source>Press Start to train</source>
        <translation>Pulsa Iniciar para entrenar</translation>
    </message>
    <message>
        <source>unit %1, t = %2 (%3): h = %4</source>
        <translation>unidad %1, t = %2 (%3): h = %4</translation>
    </message>
</context>
<context>
    <name>InsidePage</name>
    <message>
        <source>store → milk</source>
        <translation>store → milk</translation>
    </message>
    <message>
        <source>store → penguins</source>
        <translation>store → penguins</translation>
    </message>
    <message>
        <source>banco</source>
        <translation>banco</translation>
    </message>
    <message>
        <source>Input representation</source>
        <translation>Representación de la entrada</translation>
    </message>
    <message>
        <source>One way or both ways</source>
        <translation>En un sentido o en ambos</translation>
    </message>
    <message>
        <source>Static vs contextual vectors</source>
        <translation>Vectores estáticos y contextuales</translation>
    </message>
    <message>
        <source>%1: token embedding (the token&apos;s row of the WordPiece table)</source>
        <translation>%1: embedding del token (su fila de la tabla WordPiece)</translation>
    </message>
    <message>
        <source>%1: segment embedding (sentence A or B)</source>
        <translation>%1: embedding de segmento (oración A o B)</translation>
    </message>
    <message>
        <source>%1: position embedding (position 0, 1, 2…)</source>
        <translation>%1: embedding de posición (posición 0, 1, 2…)</translation>
    </message>
    <message>
        <source>Input = %1 + %2 + %3 (what the first layer reads, before LayerNorm)</source>
        <translation>Entrada = %1 + %2 + %3 (lo que lee la primera capa, antes de LayerNorm)</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimensión</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Press Show</source>
        <translation>Pulsa Mostrar</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>query token (looks)</source>
        <translation>token de consulta (mira)</translation>
    </message>
    <message>
        <source>key token (seen)</source>
        <translation>token clave (visto)</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>the masks: who may see whom</source>
        <translation>las máscaras: quién puede ver a quién</translation>
    </message>
    <message>
        <source>this model&apos;s attention under each mask</source>
        <translation>la atención de este modelo con cada máscara</translation>
    </message>
    <message>
        <source>The attention is this model&apos;s, with each mask applied to the same weights (it was trained both ways, not left to right)</source>
        <translation>La atención es la de este modelo, con cada máscara aplicada a los mismos pesos (se entrenó en ambos sentidos, no de izquierda a derecha)</translation>
    </message>
    <message>
        <source>layer </source>
        <translation>capa </translation>
    </message>
    <message>
        <source>The layer whose attention (mean over heads) is shown</source>
        <translation>La capa cuya atención (media de las cabezas) se muestra</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De izquierda a derecha</translation>
    </message>
    <message>
        <source>Both ways (BERT)</source>
        <translation>En ambos sentidos (BERT)</translation>
    </message>
    <message>
        <source>Write both sentences and a word.</source>
        <translation>Escribe las dos oraciones y una palabra.</translation>
    </message>
    <message>
        <source>Write sentence A first.</source>
        <translation>Primero escribe la oración A.</translation>
    </message>
    <message>
        <source>The input is longer than this model reads: it was cut to %1 tokens.</source>
        <translation>La entrada es más larga de lo que lee este modelo: se recortó a %1 tokens.</translation>
    </message>
    <message>
        <source>Unidirectional context: each representation is built incrementally from the tokens before it, so a language model can learn to predict the next word</source>
        <translation>Contexto unidireccional (unidirectional context): cada representación se construye de forma incremental a partir de los tokens anteriores, así que un modelo de lenguaje puede aprender a predecir la siguiente palabra</translation>
    </message>
    <message>
        <source>Bidirectional context: through the other words, from the second layer on, a word&apos;s own identity reaches its vector; predicting it would be trivial, so BERT masks the words it predicts (masked LM)</source>
        <translation>Contexto bidireccional (bidirectional context): a través de las demás palabras, desde la segunda capa, la identidad de una palabra llega a su propio vector; predecirla sería trivial, así que BERT enmascara las palabras que predice (masked LM)</translation>
    </message>
    <message>
        <source>Left to right: token i sees tokens 1…i (1 = seen)</source>
        <translation>De izquierda a derecha: el token i ve los tokens 1…i (1 = visto)</translation>
    </message>
    <message>
        <source>Both ways (BERT): every token sees all, words can “see themselves”</source>
        <translation>En ambos sentidos (BERT): cada token ve todos, las palabras pueden «verse a sí mismas»</translation>
    </message>
    <message>
        <source>Layer %1, mean of heads, left-to-right mask: never a later token</source>
        <translation>Capa %1, media de las cabezas, máscara de izquierda a derecha: nunca un token posterior</translation>
    </message>
    <message>
        <source>Layer %1, mean of heads, both ways: BERT&apos;s own attention</source>
        <translation>Capa %1, media de las cabezas, ambos sentidos: la atención propia de BERT</translation>
    </message>
</context>
<context>
    <name>LossCurve</name>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>Logarithmic y axis (log scale): equal steps are equal ratios</source>
        <translation>Eje y logarítmico (escala log): pasos iguales son cocientes iguales</translation>
    </message>
    <message>
        <source>Press Start to train</source>
        <translation>Pulsa Iniciar para entrenar</translation>
    </message>
</context>
<context>
    <name>LstmSettings</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <source>What the model reads at each step t: a character or a word</source>
        <translation>Lo que el modelo lee en cada paso t: un carácter o una palabra</translation>
    </message>
    <message>
        <source>d_x: size of the input vector x_t (the embedding)</source>
        <translation>d_x: tamaño del vector de entrada x_t (el embedding)</translation>
    </message>
    <message>
        <source>d_h: size of the memory C_t and the output h_t (units)</source>
        <translation>d_h: tamaño de la memoria C_t y de la salida h_t (unidades)</translation>
    </message>
    <message>
        <source>Steps of back-propagation through time per sequence</source>
        <translation>Pasos de retropropagación en el tiempo por secuencia</translation>
    </message>
    <message>
        <source>Sequences per training step</source>
        <translation>Secuencias por paso de entrenamiento</translation>
    </message>
    <message>
        <source>Training steps (batches)</source>
        <translation>Pasos de entrenamiento (lotes)</translation>
    </message>
    <message>
        <source>Adam&apos;s learning rate; try 10 to see training diverge</source>
        <translation>Tasa de aprendizaje de Adam; prueba 10 para ver cómo diverge el entrenamiento</translation>
    </message>
    <message>
        <source>Gradient-norm clipping (0 = off): guards against exploding gradients</source>
        <translation>Recorte de la norma del gradiente (0 = desactivado): protege contra gradientes que explotan</translation>
    </message>
    <message>
        <source>The sentence whose gates are shown; \n is a line break</source>
        <translation>La frase cuyas puertas se muestran; \n es un salto de línea</translation>
    </message>
    <message>
        <source>Show this sentence</source>
        <translation>Mostrar esta frase</translation>
    </message>
    <message>
        <source>Switch the probe sentence, also while training</source>
        <translation>Cambia la frase de prueba, también durante el entrenamiento</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Longitud de secuencia</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>Recorte</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Frase de prueba</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NLP Visual Lab — Recurrent networks, embeddings, BERT</source>
        <translation>Laboratorio visual de PLN — Redes recurrentes, embeddings, BERT</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open corpus &amp;file…</source>
        <translation>Abrir &amp;archivo de corpus…</translation>
    </message>
    <message>
        <source>Open corpus f&amp;older…</source>
        <translation>Abrir &amp;carpeta de corpus…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>Modo &amp;proyector</translation>
    </message>
    <message>
        <source>Large fonts, thick lines, high contrast</source>
        <translation>Letra grande, líneas gruesas, alto contraste</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>Cambiar de idioma</translation>
    </message>
    <message>
        <source>A run is in progress. Switching the language rebuilds the window and stops it; settings and results so far are kept. Switch now?</source>
        <translation>Hay un entrenamiento en curso. Cambiar de idioma reconstruye la ventana y lo detiene; se conservan los ajustes y los resultados obtenidos hasta ahora. ¿Cambiar ahora?</translation>
    </message>
    <message>
        <source>No corpus loaded: open one in the Corpus tab</source>
        <translation>No hay corpus cargado: abre uno en la pestaña Corpus</translation>
    </message>
    <message>
        <source>Corpus: %1 — %2 documents, %3 tokens, %4 types</source>
        <translation>Corpus: %1 — %2 documentos, %3 tokens, %4 tipos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>&lt;b&gt;NLP Visual Lab&lt;/b&gt;&lt;p&gt;A visual lab for the lecture &lt;i&gt;Redes Neuronales Recurrentes&lt;/i&gt;: RNN, LSTM, embeddings and BERT, trained live on your own text.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Laboratorio visual de PLN&lt;/b&gt;&lt;p&gt;Un laboratorio visual para la clase &lt;i&gt;Redes Neuronales Recurrentes&lt;/i&gt;: RNN, LSTM, embeddings y BERT, entrenados en vivo sobre tu propio texto.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Word vectors in 2-D</source>
        <translation>Vectores de palabras en 2D</translation>
    </message>
    <message>
        <source>Train word2vec (or load vectors), then press Start</source>
        <translation>Entrena word2vec (o carga vectores) y pulsa Iniciar</translation>
    </message>
    <message>
        <source>Analogy</source>
        <translation>Analogía</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <source>Press Start to place the words on the map; click a point for its neighbours.</source>
        <translation>Pulsa Iniciar para situar las palabras en el mapa; haz clic en un punto para ver sus vecinos.</translation>
    </message>
    <message>
        <source>Vectors: %1. Press Start to place them on the map.</source>
        <translation>Vectores: %1. Pulsa Iniciar para situarlos en el mapa.</translation>
    </message>
    <message>
        <source>No vectors yet: train word2vec on the word2vec page, or load a file.</source>
        <translation>Aún no hay vectores: entrena word2vec en la página word2vec o carga un archivo.</translation>
    </message>
    <message>
        <source>The loaded corpus has no label column: load one with labels (e.g. the film reviews) to colour by label.</source>
        <translation>El corpus cargado no tiene columna de etiquetas: carga uno con etiquetas (p. ej. las reseñas de películas) para colorear por etiqueta.</translation>
    </message>
    <message>
        <source>“%1” is not in the vocabulary.</source>
        <translation>«%1» no está en el vocabulario.</translation>
    </message>
    <message>
        <source>“%1” is not among the words on the map: press Start to add it.</source>
        <translation>«%1» no está entre las palabras del mapa: pulsa Iniciar para añadirla.</translation>
    </message>
    <message>
        <source>The analogy&apos;s words are not all on the map: press Start to add them.</source>
        <translation>No todas las palabras de la analogía están en el mapa: pulsa Iniciar para añadirlas.</translation>
    </message>
</context>
<context>
    <name>MapSettings</name>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>UMAP</source>
        <translation>UMAP</translation>
    </message>
    <message>
        <source>Two word pairs</source>
        <translation>Dos pares de palabras</translation>
    </message>
    <message>
        <source>&lt;b&gt;PCA&lt;/b&gt;: the two directions of largest variance; distances are linear, fast.&lt;br&gt;&lt;b&gt;t-SNE&lt;/b&gt;: keeps each word&apos;s close neighbours close; distances between clusters mean little. Watch it form.&lt;br&gt;&lt;b&gt;UMAP&lt;/b&gt;: like t-SNE, keeps more of the global shape; its first run compiles code (cached afterwards).&lt;br&gt;&lt;b&gt;Two word pairs&lt;/b&gt;: x = the direction a → b, y = c → d (word2viz).</source>
        <translation>&lt;b&gt;PCA&lt;/b&gt;: las dos direcciones de mayor varianza; distancias lineales, rápido.&lt;br&gt;&lt;b&gt;t-SNE&lt;/b&gt;: mantiene cerca los vecinos cercanos de cada palabra; las distancias entre grupos significan poco. Observa cómo se forma.&lt;br&gt;&lt;b&gt;UMAP&lt;/b&gt;: como t-SNE, pero conserva más la forma global; la primera ejecución compila código (después queda en caché).&lt;br&gt;&lt;b&gt;Dos pares de palabras&lt;/b&gt;: x = la dirección a → b, y = c → d (word2viz).</translation>
    </message>
    <message>
        <source>How many of the most frequent words to place</source>
        <translation>Cuántas de las palabras más frecuentes se sitúan</translation>
    </message>
    <message>
        <source>t-SNE&apos;s perplexity: about how many neighbours each word keeps close</source>
        <translation>Perplejidad de t-SNE: aproximadamente cuántos vecinos mantiene cerca cada palabra</translation>
    </message>
    <message>
        <source>UMAP&apos;s n_neighbors: small = local detail, large = global shape</source>
        <translation>n_neighbors de UMAP: pequeño = detalle local, grande = forma global</translation>
    </message>
    <message>
        <source>One colour</source>
        <translation>Un color</translation>
    </message>
    <message>
        <source>k-means clusters</source>
        <translation>Grupos k-means</translation>
    </message>
    <message>
        <source>Corpus label</source>
        <translation>Etiqueta del corpus</translation>
    </message>
    <message>
        <source>&lt;b&gt;k-means clusters&lt;/b&gt; of the vectors (cosine), in the full space.&lt;br&gt;&lt;b&gt;Corpus label&lt;/b&gt;: the label (a CSV&apos;s label column, e.g. the film reviews&apos; pos/neg) of the documents where the word is relatively most frequent.</source>
        <translation>&lt;b&gt;Grupos k-means&lt;/b&gt; de los vectores (coseno), en el espacio completo.&lt;br&gt;&lt;b&gt;Etiqueta del corpus&lt;/b&gt;: la etiqueta (la columna de etiquetas de un CSV, p. ej. pos/neg de las reseñas de películas) de los documentos en los que la palabra es relativamente más frecuente.</translation>
    </message>
    <message>
        <source>How many k-means clusters</source>
        <translation>Cuántos grupos k-means</translation>
    </message>
    <message>
        <source>Show the words of the N most frequent points</source>
        <translation>Muestra las palabras de los N puntos más frecuentes</translation>
    </message>
    <message>
        <source>Search a word</source>
        <translation>Buscar una palabra</translation>
    </message>
    <message>
        <source>Highlight and centre a word, and list its neighbours</source>
        <translation>Resalta y centra una palabra, y lista sus vecinos</translation>
    </message>
    <message>
        <source>UMAP (not installed)</source>
        <translation>UMAP (no instalado)</translation>
    </message>
    <message>
        <source>UMAP needs numba, which the installers leave out for their size. t-SNE draws the same kind of map; to use UMAP, install the lab with pip (see the README).</source>
        <translation>UMAP necesita numba, que los instaladores dejan fuera por su tamaño. t-SNE dibuja el mismo tipo de mapa; para usar UMAP, instala el laboratorio con pip (véase el README).</translation>
    </message>
    <message>
        <source>2-D map</source>
        <translation>Mapa 2D</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplejidad</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <source>Axes: x = a → b, y = c → d</source>
        <translation>Ejes: x = a → b, y = c → d</translation>
    </message>
    <message>
        <source>x: a</source>
        <translation>x: a</translation>
    </message>
    <message>
        <source>x: b</source>
        <translation>x: b</translation>
    </message>
    <message>
        <source>y: c</source>
        <translation>y: c</translation>
    </message>
    <message>
        <source>y: d</source>
        <translation>y: d</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <source>Gaps G to try, separated by commas</source>
        <translation>Separaciones G que probar, separadas por comas</translation>
    </message>
    <message>
        <source>Training steps for each cell at each gap</source>
        <translation>Pasos de entrenamiento para cada red en cada separación</translation>
    </message>
    <message>
        <source>Accuracy after a gap of G distractors</source>
        <translation>Exactitud tras una separación de G distractores</translation>
    </message>
    <message>
        <source>gap G</source>
        <translation>separación G</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>Each sequence starts with one of 4 symbols, then G distractor tokens, then a question: which symbol came first? Chance is 1/4. The answer depends only on the first token.</source>
        <translation>Cada secuencia empieza con uno de 4 símbolos, sigue con G tokens de distracción y termina con una pregunta: ¿qué símbolo vino primero? El azar acierta 1/4. La respuesta depende solo del primer token.</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Separaciones</translation>
    </message>
    <message>
        <source>Steps per gap</source>
        <translation>Pasos por separación</translation>
    </message>
    <message>
        <source>Gate initialisation</source>
        <translation>Inicialización de las puertas</translation>
    </message>
    <message>
        <source>chance %1</source>
        <translation>azar %1</translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation>El barrido se detuvo: %1</translation>
    </message>
    <message>
        <source>One to one: hidden layer (no memory)</source>
        <translation>Uno a uno: capa oculta (sin memoria)</translation>
    </message>
    <message>
        <source>hidden unit</source>
        <translation>unidad oculta</translation>
    </message>
    <message>
        <source>token (step t)</source>
        <translation>token (paso t)</translation>
    </message>
    <message>
        <source>Same characters, split, seed, d_h, d_x, batch and steps for both. Differs: the one-to-one network sees only x_t; the recurrent one also h_{t-1} (memory).</source>
        <translation>Mismos caracteres, partición, semilla, d_h, d_x, lote y pasos para ambas. Distinto: la red uno a uno solo ve x_t; la recurrente, también h_{t-1} (memoria).</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Both networks predict the next character. The one-to-one network reads only the current character x_t: after &apos;q&apos; it can guess &apos;u&apos;, but after &apos;e&apos; it cannot know the word.</source>
        <translation>Ambas redes predicen el siguiente carácter. La red uno a uno solo lee el carácter actual x_t: tras &apos;q&apos; puede adivinar &apos;u&apos;, pero tras &apos;e&apos; no puede saber la palabra.</translation>
    </message>
    <message>
        <source>No memory</source>
        <translation>Sin memoria</translation>
    </message>
    <message>
        <source>Any text</source>
        <translation>Cualquier texto</translation>
    </message>
    <message>
        <source>one to one</source>
        <translation>uno a uno</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>línea base</translation>
    </message>
    <message>
        <source>Parameters: one to one %1, recurrent %2.</source>
        <translation>Parámetros: uno a uno %1, recurrente %2.</translation>
    </message>
    <message>
        <source>Held-out next-character accuracy: with memory %1, without %2 (baseline %3).</source>
        <translation>Exactitud de validación del siguiente carácter: con memoria %1, sin ella %2 (línea base %3).</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>NeighbourComparison</name>
    <message>
        <source>Nearest neighbours</source>
        <translation>Vecinos más cercanos</translation>
    </message>
    <message>
        <source>cos(u, v) = u·v / (‖u‖ ‖v‖) between the query&apos;s vector and every other word&apos;s, in each space. Count vectors are never negative, so their cosines lie in [0, 1].</source>
        <translation>cos(u, v) = u·v / (‖u‖ ‖v‖) entre el vector de la consulta y el de cada una de las demás palabras, en cada espacio. Los vectores de frecuencias nunca son negativos, así que sus cosenos están en [0, 1].</translation>
    </message>
    <message>
        <source>raw counts</source>
        <translation>frecuencias brutas</translation>
    </message>
    <message>
        <source>Rows of the word-word count matrix</source>
        <translation>Filas de la matriz de frecuencias palabra-palabra</translation>
    </message>
    <message>
        <source>tf-idf</source>
        <translation>tf-idf</translation>
    </message>
    <message>
        <source>Rows of the term-document matrix, tf-idf weighted</source>
        <translation>Filas de la matriz término-documento, ponderadas con tf-idf</translation>
    </message>
    <message>
        <source>PPMI</source>
        <translation>PPMI</translation>
    </message>
    <message>
        <source>Rows of the word-word matrix, PPMI weighted</source>
        <translation>Filas de la matriz palabra-palabra, ponderadas con PPMI</translation>
    </message>
    <message>
        <source>SVD (d = %1)</source>
        <translation>SVD (d = %1)</translation>
    </message>
    <message>
        <source>Dense vectors: the truncated SVD of the PPMI matrix</source>
        <translation>Vectores densos: la SVD truncada de la matriz PPMI</translation>
    </message>
    <message>
        <source>Press Start: neighbours under each weighting appear here.</source>
        <translation>Pulsa Iniciar: aquí aparecen los vecinos con cada ponderación.</translation>
    </message>
    <message>
        <source>Nearest neighbours of “%1”</source>
        <translation>Vecinos más cercanos de «%1»</translation>
    </message>
    <message>
        <source>word2vec</source>
        <translation>word2vec</translation>
    </message>
    <message>
        <source>The vectors trained (or loaded) on the word2vec page</source>
        <translation>Los vectores entrenados (o cargados) en la página word2vec</translation>
    </message>
    <message>
        <source>Stopped before the SVD ended: press Start.</source>
        <translation>Detenido antes de que terminara la SVD: pulsa Iniciar.</translation>
    </message>
    <message>
        <source>Computing the SVD…</source>
        <translation>Calculando la SVD…</translation>
    </message>
    <message>
        <source>Its vector is all zeros here: no neighbours.</source>
        <translation>Aquí su vector es todo ceros: no tiene vecinos.</translation>
    </message>
    <message>
        <source>“%1” is not among the %2 words counted (seen at least %3 times).</source>
        <translation>«%1» no está entre las %2 palabras contadas (vistas al menos %3 veces).</translation>
    </message>
    <message>
        <source>Train word2vec on the word2vec page to compare its vectors here.</source>
        <translation>Entrena word2vec en la página word2vec para comparar aquí sus vectores.</translation>
    </message>
    <message>
        <source>“%1” is not in word2vec&apos;s vocabulary.</source>
        <translation>«%1» no está en el vocabulario de word2vec.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Same&lt;/b&gt;: corpus %1, the %2 words seen at least %3 times, cosine similarity; window ±%4 for the word-word spaces.</source>
        <translation>&lt;b&gt;Igual&lt;/b&gt;: corpus %1, las %2 palabras vistas al menos %3 veces, similitud coseno; ventana ±%4 para los espacios palabra-palabra.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Different&lt;/b&gt;: the weighting, and the vectors: sparse rows of dimension %1 (word-word) or %2 (tf-idf: one per document) against dense ones.</source>
        <translation>&lt;b&gt;Distinto&lt;/b&gt;: la ponderación y los vectores: filas dispersas de dimensión %1 (palabra-palabra) o %2 (tf-idf: una por documento) frente a vectores densos.</translation>
    </message>
    <message>
        <source>word2vec was trained on the word2vec page, with its own corpus, window and minimum count.</source>
        <translation>word2vec se entrenó en la página word2vec, con su propio corpus, ventana y frecuencia mínima.</translation>
    </message>
    <message>
        <source>cos(“%1”, “%2”):</source>
        <translation>cos(«%1», «%2»):</translation>
    </message>
</context>
<context>
    <name>NeighbourList</name>
    <message>
        <source>Nearest neighbours</source>
        <translation>Vecinos más cercanos</translation>
    </message>
    <message>
        <source>cos(u, v) = u·v / (‖u‖ ‖v‖), in the full d-dimensional space, not on the map: two words close on a 2-D map need not be neighbours.</source>
        <translation>cos(u, v) = u·v / (‖u‖ ‖v‖), en el espacio completo de dimensión d, no en el mapa: dos palabras cercanas en un mapa 2D no tienen por qué ser vecinas.</translation>
    </message>
    <message>
        <source>Click a point or search a word</source>
        <translation>Haz clic en un punto o busca una palabra</translation>
    </message>
    <message>
        <source>Nearest neighbours of “%1”</source>
        <translation>Vecinos más cercanos de «%1»</translation>
    </message>
</context>
<context>
    <name>NeighboursTable</name>
    <message>
        <source>Nearest tokens (cosine)</source>
        <translation>Tokens más cercanos (coseno)</translation>
    </message>
    <message>
        <source>static vector</source>
        <translation>vector estático</translation>
    </message>
    <message>
        <source>in sentence 1 %1</source>
        <translation>en la oración 1 %1</translation>
    </message>
    <message>
        <source>in sentence 2 %1</source>
        <translation>en la oración 2 %1</translation>
    </message>
</context>
<context>
    <name>NoModelPanel</name>
    <message>
        <source>There is no BERT to look inside yet. Pre-train a mini-BERT on the Pre-training page (a few minutes on the news corpus), or open a checkpoint (BETO, multilingual BERT…) on the Real checkpoints page.</source>
        <translation>Aún no hay ningún BERT que mirar por dentro. Preentrena un mini-BERT en la página Preentrenamiento (unos minutos con el corpus de noticias) o abre un checkpoint (BETO, BERT multilingüe…) en la página Checkpoints reales.</translation>
    </message>
    <message>
        <source>Go to Pre-training</source>
        <translation>Ir a Preentrenamiento</translation>
    </message>
    <message>
        <source>Open a checkpoint</source>
        <translation>Abrir un checkpoint</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Tokenisation</source>
        <translation>Tokenización</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>minúsculas</translation>
    </message>
    <message>
        <source>«Casa» and «casa» become one type</source>
        <translation>«Casa» y «casa» pasan a ser un solo tipo</translation>
    </message>
    <message>
        <source>strip accents</source>
        <translation>quitar tildes</translation>
    </message>
    <message>
        <source>«canción» → «cancion» (ñ is kept: it is a letter in Spanish)</source>
        <translation>«canción» → «cancion» (la ñ se conserva: es una letra del español)</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>split sentences</source>
        <translation>separar oraciones</translation>
    </message>
    <message>
        <source>Split documents into sentences (BERT&apos;s next-sentence task needs them)</source>
        <translation>Divide los documentos en oraciones (la tarea de oración siguiente de BERT las necesita)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>CSV/TSV only: the column&apos;s name in the header row</source>
        <translation>Solo CSV/TSV: el nombre de la columna en la fila de cabecera</translation>
    </message>
    <message>
        <source>Apply to current corpus</source>
        <translation>Aplicar al corpus actual</translation>
    </message>
    <message>
        <source>Load the current corpus again with these options</source>
        <translation>Vuelve a cargar el corpus actual con estas opciones</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Columna de texto</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Columna de etiqueta</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Columna de fecha</translation>
    </message>
</context>
<context>
    <name>PairInput</name>
    <message>
        <source>a sentence</source>
        <translation>una oración</translation>
    </message>
    <message>
        <source>Sentence A: the model reads [CLS] A [SEP] B [SEP]</source>
        <translation>Oración A: el modelo lee [CLS] A [SEP] B [SEP]</translation>
    </message>
    <message>
        <source>optional: a second sentence</source>
        <translation>opcional: una segunda oración</translation>
    </message>
    <message>
        <source>Sentence B (segment B); leave empty for one sentence</source>
        <translation>Oración B (segmento B); déjala vacía para una sola oración</translation>
    </message>
    <message>
        <source>Sentence A</source>
        <translation>Oración A</translation>
    </message>
    <message>
        <source>Sentence B</source>
        <translation>Oración B</translation>
    </message>
    <message>
        <source>Lecture examples:</source>
        <translation>Ejemplos de la clase:</translation>
    </message>
    <message>
        <source>The WordPiece tokens the model read (## = a word&apos;s piece)</source>
        <translation>Los tokens WordPiece que leyó el modelo (## = trozo de una palabra)</translation>
    </message>
    <message>
        <source>%1 tokens:</source>
        <translation>%1 tokens:</translation>
    </message>
</context>
<context>
    <name>ParamsPage</name>
    <message>
        <source>d_x: size of the input x_t</source>
        <translation>d_x: tamaño de la entrada x_t</translation>
    </message>
    <message>
        <source>d_h: size of h_t and C_t</source>
        <translation>d_h: tamaño de h_t y C_t</translation>
    </message>
    <message>
        <source>&lt;b&gt;First quiz!&lt;/b&gt; How many parameters does an LSTM have? One layer: input x&lt;sub&gt;t&lt;/sub&gt; of size&amp;nbsp;d&lt;sub&gt;x&lt;/sub&gt;; h&lt;sub&gt;t&lt;/sub&gt; and C&lt;sub&gt;t&lt;/sub&gt; of size&amp;nbsp;d&lt;sub&gt;h&lt;/sub&gt;.</source>
        <translation>&lt;b&gt;¡Primer quiz!&lt;/b&gt; ¿Cuántos parámetros tiene una LSTM? Una capa: entrada x&lt;sub&gt;t&lt;/sub&gt; de tamaño&amp;nbsp;d&lt;sub&gt;x&lt;/sub&gt;; h&lt;sub&gt;t&lt;/sub&gt; y C&lt;sub&gt;t&lt;/sub&gt; de tamaño&amp;nbsp;d&lt;sub&gt;h&lt;/sub&gt;.</translation>
    </message>
    <message>
        <source>your count</source>
        <translation>tu cuenta</translation>
    </message>
    <message>
        <source>Type your count and press “Reveal the answer”: the count, the two formulas and the breakdown appear here.</source>
        <translation>Escribe tu cuenta y pulsa «Mostrar la respuesta»: aquí aparecerán la cuenta, las dos fórmulas y el desglose.</translation>
    </message>
    <message>
        <source>tensor</source>
        <translation>tensor</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>forma</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>Slides&apos; formula</source>
        <translation>Fórmula de las diapositivas</translation>
    </message>
    <message>
        <source>torch&apos;s nn.LSTM</source>
        <translation>nn.LSTM de torch</translation>
    </message>
    <message>
        <source>Parameters to learn</source>
        <translation>Parámetros a aprender</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Tu respuesta:</translation>
    </message>
    <message>
        <source>Hide the answer</source>
        <translation>Ocultar la respuesta</translation>
    </message>
    <message>
        <source>Reveal the answer</source>
        <translation>Mostrar la respuesta</translation>
    </message>
    <message>
        <source>Difference 4·d&lt;sub&gt;h&lt;/sub&gt; = %1: torch adds b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;, so the pair acts as the slides&apos; single b; the extra vector changes nothing the model can express.</source>
        <translation>Diferencia 4·d&lt;sub&gt;h&lt;/sub&gt; = %1: torch suma b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;, así que el par actúa como el único b de las diapositivas; el vector extra no cambia nada de lo que el modelo puede expresar.</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>biases</source>
        <translation>sesgos</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slides&apos; formula&lt;/b&gt; (one bias per gate): 4·(d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;x&lt;/sub&gt; + 1)·d&lt;sub&gt;h&lt;/sub&gt; = 4·(%1 + %2 + 1)·%1 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fórmula de las diapositivas&lt;/b&gt; (un sesgo por puerta): 4·(d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;x&lt;/sub&gt; + 1)·d&lt;sub&gt;h&lt;/sub&gt; = 4·(%1 + %2 + 1)·%1 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The slides write each W as (d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;x&lt;/sub&gt;) × d&lt;sub&gt;h&lt;/sub&gt;, acting on [h&lt;sub&gt;t−1&lt;/sub&gt;,&amp;nbsp;x&lt;sub&gt;t&lt;/sub&gt;], and each b as d&lt;sub&gt;h&lt;/sub&gt;.</source>
        <translation>Las diapositivas escriben cada W como (d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;x&lt;/sub&gt;) × d&lt;sub&gt;h&lt;/sub&gt;, aplicada a [h&lt;sub&gt;t−1&lt;/sub&gt;,&amp;nbsp;x&lt;sub&gt;t&lt;/sub&gt;], y cada b como d&lt;sub&gt;h&lt;/sub&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;torch&apos;s nn.LSTM&lt;/b&gt; (two biases, b&lt;sub&gt;ih&lt;/sub&gt; and b&lt;sub&gt;hh&lt;/sub&gt;): 4·d&lt;sub&gt;h&lt;/sub&gt;·(d&lt;sub&gt;x&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt; + 2) = 4·%1·(%2 + %1 + 2) = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;nn.LSTM de torch&lt;/b&gt; (dos sesgos, b&lt;sub&gt;ih&lt;/sub&gt; y b&lt;sub&gt;hh&lt;/sub&gt;): 4·d&lt;sub&gt;h&lt;/sub&gt;·(d&lt;sub&gt;x&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt; + 2) = 4·%1·(%2 + %1 + 2) = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>torch stacks the four gates: it stores weight_ih as (4·d&lt;sub&gt;h&lt;/sub&gt;) × d&lt;sub&gt;x&lt;/sub&gt;, weight_hh as (4·d&lt;sub&gt;h&lt;/sub&gt;) × d&lt;sub&gt;h&lt;/sub&gt; and each bias as 4·d&lt;sub&gt;h&lt;/sub&gt;.</source>
        <translation>torch apila las cuatro puertas: guarda weight_ih como (4·d&lt;sub&gt;h&lt;/sub&gt;) × d&lt;sub&gt;x&lt;/sub&gt;, weight_hh como (4·d&lt;sub&gt;h&lt;/sub&gt;) × d&lt;sub&gt;h&lt;/sub&gt; y cada sesgo como 4·d&lt;sub&gt;h&lt;/sub&gt;.</translation>
    </message>
    <message>
        <source>torch&apos;s own nn.LSTM(%1, %2), built on the meta device (shapes only): sum(p.numel()) = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>El propio nn.LSTM(%1, %2) de torch, creado en el dispositivo meta (solo formas): sum(p.numel()) = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No answer was typed: here is the count.</source>
        <translation>No has escrito ninguna respuesta: esta es la cuenta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exact!&lt;/b&gt; %1 is what torch&apos;s nn.LSTM holds (the slides&apos; formula gives %2: one bias per gate instead of two).</source>
        <translation>&lt;b&gt;¡Exacto!&lt;/b&gt; %1 es lo que guarda nn.LSTM de torch (la fórmula de las diapositivas da %2: un sesgo por puerta en lugar de dos).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exact&lt;/b&gt; with the slides&apos; formula: %1. torch&apos;s nn.LSTM holds %2: a second bias per gate.</source>
        <translation>&lt;b&gt;Exacto&lt;/b&gt; según la fórmula de las diapositivas: %1. nn.LSTM de torch guarda %2: un segundo sesgo por puerta.</translation>
    </message>
    <message>
        <source>Off by %1 from torch&apos;s count and by %2 from the slides&apos; formula.</source>
        <translation>Te quedas a %1 de la cuenta de torch y a %2 de la fórmula de las diapositivas.</translation>
    </message>
    <message>
        <source>%1 counts the weights W but not the biases b.</source>
        <translation>%1 cuenta los pesos W pero no los sesgos b.</translation>
    </message>
    <message>
        <source>%1 is the W and b of one gate: an LSTM has four (forget gate, input gate, candidate, output gate).</source>
        <translation>%1 son la W y la b de una sola puerta: una LSTM tiene cuatro (puerta de olvido, puerta de entrada, candidato, puerta de salida).</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>Play back the run: each position is a kept snapshot, first to last</source>
        <translation>Reproduce el entrenamiento: cada posición es una instantánea guardada, de la primera a la última</translation>
    </message>
    <message>
        <source>follow training</source>
        <translation>seguir el entrenamiento</translation>
    </message>
    <message>
        <source>no snapshot yet</source>
        <translation>aún no hay instantánea</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>Masked LM</source>
        <translation>Masked LM</translation>
    </message>
    <message>
        <source>Next sentence</source>
        <translation>Oración siguiente</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <source>Run both playgrounds on their inputs</source>
        <translation>Ejecuta las dos zonas de pruebas con sus entradas</translation>
    </message>
    <message>
        <source>Write [MASK] where a word is missing (one or more)</source>
        <translation>Escribe [MASK] donde falte una palabra (una o más)</translation>
    </message>
    <message>
        <source>How many guesses each [MASK] shows</source>
        <translation>Cuántas predicciones muestra cada [MASK]</translation>
    </message>
    <message>
        <source>Lecture (store, gallon)</source>
        <translation>Clase (store, gallon)</translation>
    </message>
    <message>
        <source>Spanish (banco)</source>
        <translation>Español (banco)</translation>
    </message>
    <message>
        <source>Masked LM: BERT guesses the hidden words</source>
        <translation>Masked LM: BERT adivina las palabras ocultas</translation>
    </message>
    <message>
        <source>WordPiece tokens (click a word to mask it):</source>
        <translation>Tokens WordPiece (haz clic en una palabra para enmascararla):</translation>
    </message>
    <message>
        <source>store → milk</source>
        <translation>store → milk</translation>
    </message>
    <message>
        <source>store → penguins</source>
        <translation>store → penguins</translation>
    </message>
    <message>
        <source>Does B follow A? (dashed: 0.5, a coin toss)</source>
        <translation>¿Sigue B a A? (discontinua: 0,5, cara o cruz)</translation>
    </message>
    <message>
        <source>Press Predict</source>
        <translation>Pulsa Predecir</translation>
    </message>
    <message>
        <source>Next sentence prediction: IsNextSentence or NotNextSentence?</source>
        <translation>Predicción de la oración siguiente (next sentence prediction): ¿IsNextSentence o NotNextSentence?</translation>
    </message>
    <message>
        <source>Write a sentence first.</source>
        <translation>Primero escribe una oración.</translation>
    </message>
    <message>
        <source>The text was cut to the model&apos;s maximum length.</source>
        <translation>El texto se recortó a la longitud máxima del modelo.</translation>
    </message>
    <message>
        <source>%1 masks: the first %2 are shown.</source>
        <translation>%1 máscaras: se muestran las primeras %2.</translation>
    </message>
    <message>
        <source>Most likely first; bars: probability.</source>
        <translation>Primero las más probables; barras: probabilidad.</translation>
    </message>
    <message>
        <source>[MASK] %1: the top %2 guesses</source>
        <translation>[MASK] %1: las %2 mejores predicciones</translation>
    </message>
    <message>
        <source>%1 (probability %2)</source>
        <translation>%1 (probabilidad %2)</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <source>Double-click to enlarge this panel; Esc to go back</source>
        <translation>Doble clic para ampliar este panel; Esc para volver</translation>
    </message>
    <message>
        <source>The plot has no area to draw: make its panel larger.</source>
        <translation>El gráfico no tiene área donde dibujarse: agranda su panel.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <source>Export: save this plot as PNG or SVG, or its data as CSV</source>
        <translation>Exportar: guarda este gráfico como PNG o SVG, o sus datos como CSV</translation>
    </message>
    <message>
        <source>Enlarge / go back (Esc)</source>
        <translation>Ampliar / volver (Esc)</translation>
    </message>
    <message>
        <source>View all</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <source>Fit the view to the data again after zooming or panning</source>
        <translation>Vuelve a ajustar la vista a los datos después de ampliar o desplazar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
</context>
<context>
    <name>PretrainPage</name>
    <message>
        <source>WordPiece vocabulary</source>
        <translation>Vocabulario WordPiece</translation>
    </message>
    <message>
        <source>pre-training</source>
        <translation>preentrenamiento</translation>
    </message>
    <message>
        <source>MLM, training</source>
        <translation>MLM, entrenamiento</translation>
    </message>
    <message>
        <source>NSP, training</source>
        <translation>NSP, entrenamiento</translation>
    </message>
    <message>
        <source>MLM, held-out</source>
        <translation>MLM, validación</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>azar</translation>
    </message>
    <message>
        <source>Loss: MLM (masked LM) and NSP (next sentence)</source>
        <translation>Pérdida: MLM (masked LM) y NSP (oración siguiente)</translation>
    </message>
    <message>
        <source>loss (nats)</source>
        <translation>pérdida (nats)</translation>
    </message>
    <message>
        <source>NSP accuracy: IsNextSentence or NotNextSentence?</source>
        <translation>Exactitud de NSP: ¿IsNextSentence o NotNextSentence?</translation>
    </message>
    <message>
        <source>share correct</source>
        <translation>fracción de aciertos</translation>
    </message>
    <message>
        <source>Press Start: is B the sentence after A?</source>
        <translation>Pulsa Iniciar: ¿es B la oración que sigue a A?</translation>
    </message>
    <message>
        <source>The training example as the model sees it</source>
        <translation>El ejemplo de entrenamiento tal como lo ve el modelo</translation>
    </message>
    <message>
        <source>Press Start: every half second, one pair of the batch</source>
        <translation>Pulsa Iniciar: cada medio segundo, un par del lote</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pérdidas</translation>
    </message>
    <message>
        <source>NSP accuracy</source>
        <translation>Exactitud de NSP</translation>
    </message>
    <message>
        <source>Training example</source>
        <translation>Ejemplo de entrenamiento</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Curvas</translation>
    </message>
    <message>
        <source>Press Start to pre-train a mini-BERT; Stop keeps the model trained so far, and the other BERT pages then use it.</source>
        <translation>Pulsa Iniciar para preentrenar un mini-BERT; Detener conserva el modelo entrenado hasta ahora, y las demás páginas de BERT lo usan después.</translation>
    </message>
    <message>
        <source>Stopped before training began: no model was made.</source>
        <translation>Detenido antes de empezar el entrenamiento: no se creó ningún modelo.</translation>
    </message>
    <message>
        <source>mini-BERT pre-trained here (%1 layers, %2 heads, d = %3, %4 steps on %5)</source>
        <translation>mini-BERT preentrenado aquí (%1 capas, %2 cabezas, d = %3, %4 pasos con %5)</translation>
    </message>
    <message>
        <source>Pre-trained %1 steps. The other BERT pages now use this model.</source>
        <translation>Preentrenado %1 pasos. Las demás páginas de BERT usan ahora este modelo.</translation>
    </message>
    <message>
        <source>Held-out masked-LM loss %1 → %2; next-sentence accuracy %3 (chance: 0.5).</source>
        <translation>Pérdida de masked LM en validación %1 → %2; exactitud de oración siguiente %3 (azar: 0,5).</translation>
    </message>
    <message>
        <source>Training diverged: %1 The other BERT pages use the last good weights.</source>
        <translation>El entrenamiento divergió: %1 Las demás páginas de BERT usan los últimos pesos buenos.</translation>
    </message>
    <message>
        <source>This run: %1 parameters, %2 WordPiece entries; %3 documents train, %4 held out.</source>
        <translation>Esta ejecución: %1 parámetros, %2 entradas WordPiece; %3 documentos de entrenamiento, %4 de validación.</translation>
    </message>
</context>
<context>
    <name>PretrainSettings</name>
    <message>
        <source>The documents the WordPiece vocabulary and BERT learn from</source>
        <translation>Los documentos de los que aprenden el vocabulario WordPiece y BERT</translation>
    </message>
    <message>
        <source>The encoder&apos;s size: layers, attention heads, hidden size d</source>
        <translation>El tamaño del codificador: capas, cabezas de atención, tamaño oculto d</translation>
    </message>
    <message>
        <source>Most WordPiece entries to learn from the corpus (fewer if it has fewer)</source>
        <translation>Máximo de entradas WordPiece que aprender del corpus (menos si no da para más)</translation>
    </message>
    <message>
        <source>Longest input in tokens: [CLS] A [SEP] B [SEP], cut to fit</source>
        <translation>Entrada más larga en tokens: [CLS] A [SEP] B [SEP], recortada para caber</translation>
    </message>
    <message>
        <source>Sentence pairs per step</source>
        <translation>Pares de oraciones por paso</translation>
    </message>
    <message>
        <source>Training steps; the learning rate warms up, then falls to 0 at the last</source>
        <translation>Pasos de entrenamiento; la tasa de aprendizaje sube al inicio (warm-up) y luego baja a 0 en el último</translation>
    </message>
    <message>
        <source>AdamW&apos;s peak learning rate; try 1 to see training diverge</source>
        <translation>Tasa de aprendizaje máxima de AdamW; prueba 1 para ver cómo diverge el entrenamiento</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>Next-sentence prediction needs documents of two sentences or more.</source>
        <translation>La predicción de la oración siguiente necesita documentos de dos oraciones o más.</translation>
    </message>
    <message>
        <source>Half the pairs are a sentence and the one after it in its document (IsNextSentence), half a sentence and one from another document (NotNextSentence). A corpus of single sentences has no pairs.</source>
        <translation>La mitad de los pares son una oración y la que la sigue en su documento (IsNextSentence); la otra mitad, una oración y otra de otro documento (NotNextSentence). Un corpus de oraciones sueltas no tiene pares.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>WordPiece entries</source>
        <translation>Entradas WordPiece</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Longitud máxima</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Lee news (English, built in)</source>
        <translation>Noticias Lee (inglés, incluido)</translation>
    </message>
    <message>
        <source>Loaded corpus: %1</source>
        <translation>Corpus cargado: %1</translation>
    </message>
    <message>
        <source>%1 layers, %2 heads, d = %3: about %5 parameters</source>
        <translation>%1 capas, %2 cabezas, d = %3: unos %5 parámetros</translation>
    </message>
    <message>
        <source>Hidden size d = %1, feed-forward size %2; the parameter count assumes %3 WordPiece entries and %4 positions (a small corpus may give fewer entries)</source>
        <translation>Tamaño oculto d = %1, tamaño feed-forward %2; la cuenta de parámetros supone %3 entradas WordPiece y %4 posiciones (un corpus pequeño puede dar menos entradas)</translation>
    </message>
    <message>
        <source>Lee news</source>
        <translation>Noticias Lee</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>probability</source>
        <translation>probabilidad</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>Recurrent networks</source>
        <translation>Redes recurrentes</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>Gates, live</source>
        <translation>Puertas en vivo</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>Desvanecimiento del gradiente</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>Long memory</source>
        <translation>Memoria larga</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Parameters (first quiz)</source>
        <translation>Parámetros (primer quiz)</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>One to many: text generation</source>
        <translation>Uno a muchos: generación de texto</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <source>One to one: what memory buys</source>
        <translation>Uno a uno: lo que aporta la memoria</translation>
    </message>
    <message>
        <source>Many to one: sentiment</source>
        <translation>Muchos a uno: sentimiento</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Many to many: tagging</source>
        <translation>Muchos a muchos: etiquetado</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Etiquetado</translation>
    </message>
    <message>
        <source>Many to many: translation</source>
        <translation>Muchos a muchos: traducción</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Word embeddings</source>
        <translation>Embeddings de palabras</translation>
    </message>
    <message>
        <source>Counts and contexts</source>
        <translation>Frecuencias y contextos</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Frecuencias</translation>
    </message>
    <message>
        <source>tf-idf, PPMI, sparse vs dense</source>
        <translation>tf-idf, PPMI, dispersos frente a densos</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Ponderación</translation>
    </message>
    <message>
        <source>word2vec, live</source>
        <translation>word2vec en vivo</translation>
    </message>
    <message>
        <source>word2vec</source>
        <translation>word2vec</translation>
    </message>
    <message>
        <source>2-D map and analogies</source>
        <translation>Mapa 2D y analogías</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Meaning over time</source>
        <translation>El significado a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Pre-training, live</source>
        <translation>Preentrenamiento en vivo</translation>
    </message>
    <message>
        <source>Pre-training</source>
        <translation>Preentrenamiento</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Inside: input and context</source>
        <translation>Por dentro: entrada y contexto</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Por dentro</translation>
    </message>
    <message>
        <source>Masked LM and next sentence</source>
        <translation>Masked LM y oración siguiente</translation>
    </message>
    <message>
        <source>MLM / NSP</source>
        <translation>MLM / NSP</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Ajuste fino</translation>
    </message>
    <message>
        <source>Real checkpoints</source>
        <translation>Checkpoints reales</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>Quiz time!</source>
        <translation>¡Hora del quiz!</translation>
    </message>
    <message>
        <source>BERT</source>
        <translation>BERT</translation>
    </message>
</context>
<context>
    <name>RnnQuiz</name>
    <message>
        <source>1. What do RNNs bring?</source>
        <translation>1. ¿Qué aportan las RNN?</translation>
    </message>
    <message>
        <source>More parameters for longer inputs</source>
        <translation>Más parámetros para entradas más largas</translation>
    </message>
    <message>
        <source>Memory: h_t carries what came before, inputs of any length, the same weights at every step</source>
        <translation>Memoria: h_t lleva lo anterior, entradas de cualquier longitud, los mismos pesos en cada paso</translation>
    </message>
    <message>
        <source>They read the whole input at once, like a bag of words</source>
        <translation>Leen toda la entrada de una vez, como una bolsa de palabras</translation>
    </message>
    <message>
        <source>An RNN keeps a hidden state h_t = f(h_{t-1}, x_t): it remembers, it takes input of any length, and its size does not grow with the input (the same W, U, b at every step). On the next-character task the network with memory beats the one-to-one network trained on the same data.</source>
        <translation>Una RNN guarda un estado oculto h_t = f(h_{t-1}, x_t): recuerda, admite entradas de cualquier longitud y su tamaño no crece con la entrada (los mismos W, U, b en cada paso). En la tarea del siguiente carácter, la red con memoria supera a la red uno a uno entrenada con los mismos datos.</translation>
    </message>
    <message>
        <source>2. What do LSTMs bring over a plain RNN?</source>
        <translation>2. ¿Qué aportan las LSTM frente a una RNN simple?</translation>
    </message>
    <message>
        <source>Long memory: gates and an additive cell state C_t let the gradient and the information survive many steps</source>
        <translation>Memoria larga: las puertas y un estado de la celda C_t aditivo dejan que el gradiente y la información sobrevivan muchos pasos</translation>
    </message>
    <message>
        <source>Faster training because they have fewer parameters</source>
        <translation>Entrenan más rápido porque tienen menos parámetros</translation>
    </message>
    <message>
        <source>Nothing: they are an RNN with another name</source>
        <translation>Nada: son una RNN con otro nombre</translation>
    </message>
    <message>
        <source>The forget, input and output gates decide what to keep, write and show; the cell state C_t is updated by addition, so the gradient does not vanish as fast. A plain RNN forgets after a few steps; an LSTM still answers after a long gap (at four times the parameters of an RNN of the same d_h).</source>
        <translation>Las puertas de olvido (forget gate), de entrada (input gate) y de salida (output gate) deciden qué conservar, escribir y mostrar; el estado de la celda C_t se actualiza sumando, así que el gradiente no se desvanece tan rápido. Una RNN simple olvida tras unos pocos pasos; una LSTM sigue respondiendo tras una separación larga (con cuatro veces los parámetros de una RNN del mismo d_h).</translation>
    </message>
    <message>
        <source>3. Which model would you use for handwriting recognition?</source>
        <translation>3. ¿Qué modelo usarías para el reconocimiento de escritura?</translation>
    </message>
    <message>
        <source>A one-to-one network on each pixel</source>
        <translation>Una red uno a uno en cada píxel</translation>
    </message>
    <message>
        <source>A recurrent network (an LSTM) reading the pen strokes or image columns as a sequence, many to many</source>
        <translation>Una red recurrente (una LSTM) que lee los trazos o las columnas de la imagen como una secuencia, muchos a muchos</translation>
    </message>
    <message>
        <source>A bag-of-words classifier</source>
        <translation>Un clasificador de bolsa de palabras</translation>
    </message>
    <message>
        <source>Handwriting is a sequence: strokes or image columns in, characters out, of different lengths. An LSTM (often bidirectional) reads the whole sequence with memory; the sequence tasks of this tab (tagging, translation) have the same shape.</source>
        <translation>La escritura es una secuencia: entran trazos o columnas de la imagen y salen caracteres, de longitudes distintas. Una LSTM (a menudo bidireccional) lee toda la secuencia con memoria; las tareas de secuencias de esta pestaña (etiquetado, traducción) tienen la misma forma.</translation>
    </message>
</context>
<context>
    <name>RnnTaskPage</name>
    <message>
        <source>next-character accuracy</source>
        <translation>exactitud del siguiente carácter</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>accuracy per word</source>
        <translation>exactitud por palabra</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>coincidencia exacta</translation>
    </message>
    <message>
        <source>always the most frequent character</source>
        <translation>siempre el carácter más frecuente</translation>
    </message>
    <message>
        <source>always the majority class</source>
        <translation>siempre la clase mayoritaria</translation>
    </message>
    <message>
        <source>each word&apos;s most frequent tag</source>
        <translation>la etiqueta más frecuente de cada palabra</translation>
    </message>
    <message>
        <source>always the most frequent answer</source>
        <translation>siempre la respuesta más frecuente</translation>
    </message>
    <message>
        <source>Training loss (cross-entropy)</source>
        <extracomment>How the probe&apos;s network is drawn (a char model in training reads x_t, predicts x_{t+1}).</extracomment>
        <translation>Pérdida de entrenamiento (entropía cruzada)</translation>
    </message>
    <message>
        <source>Held-out %1 (dashed: baseline, %2)</source>
        <translation>%1 en validación (discontinua: línea base, %2)</translation>
    </message>
    <message>
        <source>share correct</source>
        <translation>fracción de aciertos</translation>
    </message>
    <message>
        <source>Hidden state h_t on the probe</source>
        <translation>Estado oculto h_t en la frase de prueba</translation>
    </message>
    <message>
        <source>Any sentence</source>
        <translation>Cualquier frase</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>h_t</source>
        <translation>h_t</translation>
    </message>
    <message>
        <source>Unrolled</source>
        <translation>Desplegada</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>Dentro de la red</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>La tarea</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>línea base</translation>
    </message>
    <message>
        <source>Held-out %1: %2 (baseline, %3: %4)</source>
        <translation>%1 en validación: %2 (línea base, %3: %4)</translation>
    </message>
    <message>
        <source>Training diverged: %1 The last good weights are kept.</source>
        <translation>El entrenamiento divergió: %1 Se conservan los últimos pesos buenos.</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Run on a background thread; the window stays responsive</source>
        <translation>Se ejecuta en segundo plano; la ventana sigue respondiendo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop at the next step; results so far are kept</source>
        <translation>Se detiene en el siguiente paso; se conservan los resultados obtenidos</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>semilla </translation>
    </message>
    <message>
        <source>Random seed: the same seed and settings give the same run</source>
        <translation>Semilla aleatoria: la misma semilla y los mismos ajustes dan la misma ejecución</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>deteniendo…</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Press Start to run in the background; Stop keeps what was computed so far.</source>
        <translation>Pulsa Iniciar para ejecutar en segundo plano; Detener conserva lo calculado hasta ahora.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>La ejecución se detuvo: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Show or hide the settings column</source>
        <translation>Muestra u oculta la columna de ajustes</translation>
    </message>
</context>
<context>
    <name>SentimentPage</name>
    <message>
        <source>Answer after each word</source>
        <translation>Respuesta tras cada palabra</translation>
    </message>
    <message>
        <source>Spanish reviews (built in)</source>
        <translation>Reseñas en español (incluidas)</translation>
    </message>
    <message>
        <source>Movie reviews, English (Pang &amp; Lee, built in)</source>
        <translation>Críticas de cine, inglés (Pang y Lee, incluidas)</translation>
    </message>
    <message>
        <source>Labelled text, a &apos;label&apos; column (*.csv *.tsv)</source>
        <translation>Texto etiquetado, con una columna &apos;label&apos; (*.csv *.tsv)</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Many to one: the network reads every word and answers once, from its last h_T. 20 % of each class is held out.</source>
        <translation>Muchos a uno (many to one): la red lee cada palabra y responde una vez, desde su último h_T. Se reserva el 20 % de cada clase para validación.</translation>
    </message>
    <message>
        <source>A review, any length</source>
        <translation>Una reseña de cualquier longitud</translation>
    </message>
    <message>
        <source>Under each word: the class the network would answer if the sentence ended there. Only the last one is its answer.</source>
        <translation>Bajo cada palabra: la clase que respondería la red si la frase terminara ahí. Solo la última es su respuesta.</translation>
    </message>
</context>
<context>
    <name>SkipGramPairs</name>
    <message>
        <source>What skip-gram learns from</source>
        <translation>De qué aprende skip-gram</translation>
    </message>
    <message>
        <source>A binary classifier (logistic regression) sees pairs (w, c): real pairs from the window around w, and k random words drawn as negatives for each. It learns σ(c·w) = 1 / (1 + e^(−c·w)): close to 1 for real pairs, to 0 for negatives. The hidden-layer weights w are the word&apos;s vector. Double-click to enlarge.</source>
        <translation>Un clasificador binario (regresión logística) ve pares (w, c): pares reales de la ventana alrededor de w y, por cada uno, k palabras aleatorias extraídas como ejemplos negativos. Aprende σ(c·w) = 1 / (1 + e^(−c·w)): cerca de 1 para los pares reales y de 0 para los negativos. Los pesos w de la capa oculta son el vector de la palabra. Doble clic para ampliar.</translation>
    </message>
    <message>
        <source>target w</source>
        <translation>objetivo w</translation>
    </message>
    <message>
        <source>context c</source>
        <translation>contexto c</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>par</translation>
    </message>
    <message>
        <source>Press Start: the pairs of one sentence appear here.</source>
        <translation>Pulsa Iniciar: aquí aparecen los pares de una oración.</translation>
    </message>
    <message>
        <source>Sentence: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>Oración: &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Epoch %1: mean σ(c·w) real pairs %2, negatives %3</source>
        <translation>Época %1: σ(c·w) media en pares reales %2, en negativos %3</translation>
    </message>
    <message>
        <source>real +</source>
        <translation>real +</translation>
    </message>
    <message>
        <source>negative −</source>
        <translation>negativo −</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>Loaded corpus: %1</source>
        <translation>Corpus cargado: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <source>Open examples</source>
        <translation>Abrir ejemplos</translation>
    </message>
    <message>
        <source>Spanish sample (built in)</source>
        <translation>Muestra en español (incluida)</translation>
    </message>
    <message>
        <source>News, English (Lee, built in)</source>
        <translation>Noticias, inglés (Lee, incluidas)</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>A .txt file (one document per line or per paragraph) or a CSV/TSV with a text column</source>
        <translation>Un archivo .txt (un documento por línea o por párrafo) o un CSV/TSV con una columna de texto</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <source>A folder of .txt files: one document per file</source>
        <translation>Una carpeta de archivos .txt: un documento por archivo</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Load the chosen built-in corpus (offline)</source>
        <translation>Carga el corpus incluido elegido (sin conexión)</translation>
    </message>
    <message>
        <source>Built-in corpora:</source>
        <translation>Corpus incluidos:</translation>
    </message>
</context>
<context>
    <name>SparseDensePanel</name>
    <message>
        <source>Sparse vs dense vectors</source>
        <translation>Vectores dispersos frente a densos</translation>
    </message>
    <message>
        <source>vectors</source>
        <translation>vectores</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimensión</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>ceros</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <source>if dense</source>
        <translation>como densa</translation>
    </message>
    <message>
        <source>Rows: one vector per word</source>
        <translation>Filas: un vector por palabra</translation>
    </message>
    <message>
        <source>Entries per vector</source>
        <translation>Componentes por vector</translation>
    </message>
    <message>
        <source>Share of the entries that are exactly 0</source>
        <translation>Fracción de componentes que valen exactamente 0</translation>
    </message>
    <message>
        <source>Memory as stored: a sparse matrix keeps only its non-zeros (and where they are)</source>
        <translation>Memoria tal como se guarda: una matriz dispersa solo guarda sus valores no nulos (y dónde están)</translation>
    </message>
    <message>
        <source>The same numbers stored as a full table of float64</source>
        <translation>Los mismos números guardados como una tabla completa de float64</translation>
    </message>
    <message>
        <source>Press Start: the sizes of sparse and dense vectors appear here.</source>
        <translation>Pulsa Iniciar: aquí aparecen los tamaños de los vectores dispersos y densos.</translation>
    </message>
    <message>
        <source>counts, word-word (sparse)</source>
        <translation>frecuencias, palabra-palabra (dispersos)</translation>
    </message>
    <message>
        <source>PPMI (sparse)</source>
        <translation>PPMI (dispersos)</translation>
    </message>
    <message>
        <source>tf-idf, term-document (sparse)</source>
        <translation>tf-idf, término-documento (dispersos)</translation>
    </message>
    <message>
        <source>SVD of PPMI (dense)</source>
        <translation>SVD de PPMI (densos)</translation>
    </message>
    <message>
        <source>word2vec (dense)</source>
        <translation>word2vec (densos)</translation>
    </message>
    <message>
        <source>Quiz: for %1 a word&apos;s sparse vector has %2 entries from the term-document matrix (one per document) and %3 from the word-word matrix (one per vocabulary word; %4 here, the words seen at least %5 times).</source>
        <translation>Quiz: en %1, el vector disperso de una palabra tiene %2 componentes en la matriz término-documento (una por documento) y %3 en la matriz palabra-palabra (una por palabra del vocabulario; aquí %4, las palabras vistas al menos %5 veces).</translation>
    </message>
    <message>
        <source>The SVD keeps %1 of the PPMI matrix&apos;s variance in d = %2 dimensions.</source>
        <translation>La SVD conserva el %1 de la varianza de la matriz PPMI en d = %2 dimensiones.</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>No corpus loaded</source>
        <translation>No hay corpus cargado</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>types</source>
        <translation>tipos</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>oraciones</translation>
    </message>
    <message>
        <source>Tokens: every word occurrence. Types: distinct words (the vocabulary).</source>
        <translation>Tokens: cada aparición de una palabra. Tipos: palabras distintas (el vocabulario).</translation>
    </message>
    <message>
        <source>built into the lab</source>
        <translation>incluido en el laboratorio</translation>
    </message>
</context>
<context>
    <name>StorageButtons</name>
    <message>
        <source>Save model</source>
        <translation>Guardar modelo</translation>
    </message>
    <message>
        <source>Model weights (*.safetensors)</source>
        <translation>Pesos del modelo (*.safetensors)</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Cargar modelo</translation>
    </message>
    <message>
        <source>Saved models (*.safetensors *.json)</source>
        <translation>Modelos guardados (*.safetensors *.json)</translation>
    </message>
    <message>
        <source>The model was not saved: %1</source>
        <translation>No se guardó el modelo: %1</translation>
    </message>
    <message>
        <source>Saved to %1 (with its .json)</source>
        <translation>Guardado en %1 (con su .json)</translation>
    </message>
    <message>
        <source>The model was not loaded: %1</source>
        <translation>No se cargó el modelo: %1</translation>
    </message>
    <message>
        <source>That file holds a model of another task (%1): open it on its page.</source>
        <translation>Ese archivo contiene un modelo de otra tarea (%1): ábrelo en su página.</translation>
    </message>
    <message>
        <source>Loaded %1: type an input below to run it.</source>
        <translation>Cargado %1: escribe una entrada abajo para ejecutarlo.</translation>
    </message>
</context>
<context>
    <name>TaggingPage</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Spanish tagged sample (built in)</source>
        <translation>Muestra etiquetada en español (incluida)</translation>
    </message>
    <message>
        <source>CoNLL-U files (*.conllu *.conll *.txt)</source>
        <translation>Archivos CoNLL-U (*.conllu *.conll *.txt)</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Many to many (x = y): one output y_t per input x_t, a universal part-of-speech tag (NOUN, VERB, DET…) for each word.</source>
        <translation>Muchos a muchos (many to many, x = y): una salida y_t por cada entrada x_t, una etiqueta gramatical universal (NOUN, VERB, DET…) para cada palabra.</translation>
    </message>
    <message>
        <source>A Spanish sentence</source>
        <translation>Una oración en español</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;tag&lt;/th&gt;&lt;th&gt;network&lt;/th&gt;&lt;th&gt;baseline&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;etiqueta&lt;/th&gt;&lt;th&gt;red&lt;/th&gt;&lt;th&gt;línea base&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Held-out accuracy per tag:</source>
        <translation>Exactitud de validación por etiqueta:</translation>
    </message>
</context>
<context>
    <name>TaskSettings</name>
    <message>
        <source>The recurrent cell (torch modules): vanilla RNN h_t = tanh(W h_{t-1} + U x_t + b), GRU, or LSTM. Same seed and data: change only this to compare them</source>
        <translation>La celda recurrente (módulos de torch): RNN simple h_t = tanh(W h_{t-1} + U x_t + b), GRU o LSTM. Misma semilla y datos: cambia solo esto para compararlas</translation>
    </message>
    <message>
        <source>d_h: size of the hidden state h_t (units)</source>
        <translation>d_h: tamaño del estado oculto h_t (unidades)</translation>
    </message>
    <message>
        <source>d_x: size of the input vector x_t</source>
        <translation>d_x: tamaño del vector de entrada x_t</translation>
    </message>
    <message>
        <source>Sequences per training step</source>
        <translation>Secuencias por paso de entrenamiento</translation>
    </message>
    <message>
        <source>Training steps (batches)</source>
        <translation>Pasos de entrenamiento (lotes)</translation>
    </message>
    <message>
        <source>Adam&apos;s learning rate; try 10 to see training diverge (the last good weights are kept)</source>
        <translation>Tasa de aprendizaje de Adam; prueba 10 para ver cómo diverge el entrenamiento (se conservan los últimos pesos buenos)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Guardar modelo…</translation>
    </message>
    <message>
        <source>Save the trained weights (safetensors) and settings (JSON)</source>
        <translation>Guarda los pesos entrenados (safetensors) y los ajustes (JSON)</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>Cargar modelo…</translation>
    </message>
    <message>
        <source>Open a model saved from this page</source>
        <translation>Abre un modelo guardado desde esta página</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>A word&apos;s path across the periods</source>
        <translation>Trayectoria de una palabra a través de los periodos</translation>
    </message>
    <message>
        <source>PCA 1</source>
        <translation>PCA 1</translation>
    </message>
    <message>
        <source>PCA 2</source>
        <translation>PCA 2</translation>
    </message>
    <message>
        <source>Press Start to train one word2vec per period</source>
        <translation>Pulsa Iniciar para entrenar un word2vec por periodo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <source>Press Start to train a word2vec per period and align them; Enter on a word draws its path.</source>
        <translation>Pulsa Iniciar para entrenar un word2vec por periodo y alinearlos; Intro sobre una palabra dibuja su trayectoria.</translation>
    </message>
    <message>
        <source>No corpus loaded: load one with a date column, or use the demo.</source>
        <translation>No hay corpus cargado: carga uno con columna de fecha o usa la demo.</translation>
    </message>
    <message>
        <source>Change of “%1” from the first period to the last: 1 − cos = %2</source>
        <translation>Cambio de «%1» del primer periodo al último: 1 − cos = %2</translation>
    </message>
</context>
<context>
    <name>TimeSettings</name>
    <message>
        <source>Meaning over time</source>
        <translation>El significado a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Built-in demo: 1980s → 2010s</source>
        <translation>Demo: años 80 → 2010</translation>
    </message>
    <message>
        <source>Loaded corpus, by its dates</source>
        <translation>Corpus cargado, según sus fechas</translation>
    </message>
    <message>
        <source>The demo is generated here: Spanish sentences where “ratón” and “nube” live among animals and weather in the 1980s and among computers in the 2010s; “perro” and “casa” do not change. A loaded corpus needs a date column (CSV).</source>
        <translation>La demo se genera aquí: frases en español en las que «ratón» y «nube» conviven con animales y el tiempo atmosférico en los años 80 y con ordenadores en los años 2010; «perro» y «casa» no cambian. Un corpus cargado necesita una columna de fecha (CSV).</translation>
    </message>
    <message>
        <source>Equal year ranges from the first date to the last</source>
        <translation>Intervalos de años iguales desde la primera fecha hasta la última</translation>
    </message>
    <message>
        <source>d: the length of each period&apos;s vectors</source>
        <translation>d: la longitud de los vectores de cada periodo</translation>
    </message>
    <message>
        <source>±window of word2vec in every period</source>
        <translation>±ventana de word2vec en cada periodo</translation>
    </message>
    <message>
        <source>Passes over each period&apos;s text</source>
        <translation>Pasadas por el texto de cada periodo</translation>
    </message>
    <message>
        <source>Words seen fewer times get no vector</source>
        <translation>Las palabras vistas menos veces no reciben vector</translation>
    </message>
    <message>
        <source>The word whose path to draw; Enter redraws</source>
        <translation>La palabra cuya trayectoria se dibuja; Intro la vuelve a dibujar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <source>Dimension d</source>
        <translation>Dimensión d</translation>
    </message>
    <message>
        <source>Window ±</source>
        <translation>Ventana ±</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>min_count</source>
        <translation>min_count</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>Each period gets its own word2vec; their axes are arbitrary, so each is rotated onto the one before with orthogonal Procrustes on the words they share: R = argmin ‖W₂R − W₁‖ with RᵀR = I (Hamilton et al. 2016).</source>
        <translation>Cada periodo tiene su propio word2vec; sus ejes son arbitrarios, así que cada uno se rota sobre el anterior con Procrustes ortogonal sobre las palabras que comparten: R = argmin ‖W₂R − W₁‖ con RᵀR = I (Hamilton et al. 2016).</translation>
    </message>
</context>
<context>
    <name>TitledPanel</name>
    <message>
        <source>Double-click to enlarge this panel; Esc to go back</source>
        <translation>Doble clic para ampliar este panel; Esc para volver</translation>
    </message>
</context>
<context>
    <name>TokenMatrixView</name>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>Move along the rows</source>
        <translation>Desplázate por las filas</translation>
    </message>
</context>
<context>
    <name>TokenOutputs</name>
    <message>
        <source>Press Start to train</source>
        <translation>Pulsa Iniciar para entrenar</translation>
    </message>
</context>
<context>
    <name>TopKBars</name>
    <message>
        <source>Next character: top-k probabilities p(x_{t+1} | x_1…x_t)</source>
        <translation>Siguiente carácter: probabilidades top-k p(x_{t+1} | x_1…x_t)</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <source>candidate character</source>
        <translation>carácter candidato</translation>
    </message>
    <message>
        <source>Train a model, then Generate</source>
        <translation>Entrena un modelo y luego pulsa Generar</translation>
    </message>
</context>
<context>
    <name>TrainingExampleView</name>
    <message>
        <source>Step %1 · B really %2 (%3) · model: P(IsNext) = %4 %5</source>
        <translation>Paso %1 · B en realidad %2 (%3) · modelo: P(IsNext) = %4 %5</translation>
    </message>
    <message>
        <source>follows A</source>
        <translation>sigue a A</translation>
    </message>
    <message>
        <source>is random</source>
        <translation>es aleatoria</translation>
    </message>
    <message>
        <source>Masked LM: 15 % of the tokens are chosen; of those, 80 % are replaced by [MASK], 10 % by a random token and 10 % are kept as they were, and the model must guess the original at every chosen position. Under each chosen token: the original → the model&apos;s guess at this step (✓ right, ✗ wrong). The band above each token gives its segment: A (the first sentence, with [CLS]) or B (the second).</source>
        <translation>Masked LM: se elige el 15 % de los tokens; de ellos, el 80 % se sustituye por [MASK], el 10 % por un token aleatorio y el 10 % se deja como estaba, y el modelo debe adivinar el original en cada posición elegida. Bajo cada token elegido: el original → la predicción del modelo en este paso (✓ acierto, ✗ fallo). La banda sobre cada token indica su segmento: A (la primera oración, con [CLS]) o B (la segunda).</translation>
    </message>
</context>
<context>
    <name>TranslationPage</name>
    <message>
        <source>Attention a_tj of each output character</source>
        <translation>Atención a_tj de cada carácter de salida</translation>
    </message>
    <message>
        <source>output (step t)</source>
        <translation>salida (paso t)</translation>
    </message>
    <message>
        <source>input word (step j)</source>
        <translation>palabra de entrada (paso j)</translation>
    </message>
    <message>
        <source>Press Start to train</source>
        <translation>Pulsa Iniciar para entrenar</translation>
    </message>
    <message>
        <source>Numbers 0–999 in words → digits</source>
        <translation>Números 0–999 en palabras → cifras</translation>
    </message>
    <message>
        <source>Numbers 0–9 999 in words → digits</source>
        <translation>Números 0–9 999 en palabras → cifras</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Many to many (x ≠ y): the encoder reads the words, the decoder writes digits.</source>
        <translation>Muchos a muchos (many to many, x ≠ y): el codificador (encoder) lee las palabras y el decodificador (decoder) escribe las cifras.</translation>
    </message>
    <message>
        <source>The decoder writes one character per step, looking back at the encoder&apos;s states h_j with weights a_tj (attention). The ground truth is exact: the words are generated from the numbers.</source>
        <translation>El decodificador escribe un carácter por paso, mirando los estados h_j del codificador con pesos a_tj (atención). La referencia es exacta: las palabras se generan a partir de los números.</translation>
    </message>
    <message>
        <source>e.g. novecientos cuarenta y dos</source>
        <translation>p. ej. novecientos cuarenta y dos</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
</context>
<context>
    <name>TryInput</name>
    <message>
        <source>The trained model reads this input one token at a time, as on the probe</source>
        <translation>El modelo entrenado lee esta entrada token a token, como en la frase de prueba</translation>
    </message>
    <message>
        <source>Parameters: —</source>
        <translation>Parámetros: —</translation>
    </message>
    <message>
        <source>The same weights W, U, b serve every step t: the count does not depend on T</source>
        <translation>Los mismos pesos W, U, b sirven para cada paso t: la cuenta no depende de T</translation>
    </message>
    <message>
        <source>Your input:</source>
        <translation>Tu entrada:</translation>
    </message>
    <message>
        <source>Train (or load) a model first</source>
        <translation>Primero entrena (o carga) un modelo</translation>
    </message>
    <message>
        <source>Parameters: %1 (any T)</source>
        <translation>Parámetros: %1 (cualquier T)</translation>
    </message>
</context>
<context>
    <name>UnrolledNetwork</name>
    <message>
        <source>context</source>
        <translation>contexto</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>codificador</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>decodificador</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>atención</translation>
    </message>
    <message>
        <source>No input yet</source>
        <translation>Aún no hay entrada</translation>
    </message>
</context>
<context>
    <name>UnrolledNetworkView</name>
    <message numerus="yes">
        <source>Unrolled over the input (T = %n steps)</source>
        <translation>
            <numerusform>Red desplegada sobre la entrada (T = %n paso)</numerusform>
            <numerusform>Red desplegada sobre la entrada (T = %n pasos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VectorFiles</name>
    <message>
        <source>For the Embedding Projector (vectors.tsv + metadata.tsv)…</source>
        <translation>Para el Embedding Projector (vectors.tsv + metadata.tsv)…</translation>
    </message>
    <message>
        <source>word2vec text format…</source>
        <translation>Formato de texto de word2vec…</translation>
    </message>
    <message>
        <source>Load word vectors</source>
        <translation>Cargar vectores de palabras</translation>
    </message>
    <message>
        <source>Word vectors (*.bin *.vec *.txt *.w2v *.gz);;All files (*)</source>
        <translation>Vectores de palabras (*.bin *.vec *.txt *.w2v *.gz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Train or load vectors first.</source>
        <translation>Primero entrena o carga vectores.</translation>
    </message>
    <message>
        <source>Folder for the two TSV files</source>
        <translation>Carpeta para los dos archivos TSV</translation>
    </message>
    <message>
        <source>Save word vectors</source>
        <translation>Guardar vectores de palabras</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Loading vectors: %1 %</source>
        <translation>Cargando vectores: %1 %</translation>
    </message>
    <message>
        <source>Loaded %1 vectors of dimension %2 from %3.</source>
        <translation>Se han cargado %1 vectores de dimensión %2 desde %3.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>The vectors were not loaded or saved: %1</source>
        <translation>Los vectores no se cargaron ni se guardaron: %1</translation>
    </message>
</context>
<context>
    <name>VectorPlot</name>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>columnas</translation>
    </message>
    <message>
        <source>&lt;b&gt;rows&lt;/b&gt;: each word is a vector (its counts in two columns). &lt;b&gt;columns&lt;/b&gt;: each document (or context) is a vector in the space of two words: the lecture&apos;s picture of plays on the axes battle and fool.</source>
        <translation>&lt;b&gt;filas&lt;/b&gt;: cada palabra es un vector (sus frecuencias en dos columnas). &lt;b&gt;columnas&lt;/b&gt;: cada documento (o contexto) es un vector en el espacio de dos palabras: la figura de la clase, con las obras sobre los ejes battle y fool.</translation>
    </message>
    <message>
        <source>The column whose counts give the arrows&apos; %1</source>
        <translation>La columna cuyas frecuencias dan la coordenada %1 de las flechas</translation>
    </message>
    <message>
        <source>Choose a table: its words appear here as arrows</source>
        <translation>Elige una tabla: aquí aparecen sus palabras como flechas</translation>
    </message>
</context>
<context>
    <name>VocabularyModel</name>
    <message>
        <source>rank</source>
        <translation>rango</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>count</source>
        <translation>frecuencia</translation>
    </message>
</context>
<context>
    <name>VocabularyTable</name>
    <message>
        <source>Filter tokens…</source>
        <translation>Filtrar tokens…</translation>
    </message>
</context>
<context>
    <name>WeightingPage</name>
    <message>
        <source>Weighted values</source>
        <translation>Valores ponderados</translation>
    </message>
    <message>
        <source>Weighting as the lecture defines it</source>
        <translation>La ponderación tal como la define la clase</translation>
    </message>
    <message>
        <source>The formulas the tables and neighbour lists use, with the options now set</source>
        <translation>Las fórmulas que usan las tablas y las listas de vecinos, con las opciones actuales</translation>
    </message>
    <message>
        <source>Truncated SVD of PPMI: variance kept</source>
        <translation>SVD truncada de PPMI: varianza conservada</translation>
    </message>
    <message>
        <source>components kept k</source>
        <translation>componentes conservadas k</translation>
    </message>
    <message>
        <source>cumulative share of variance</source>
        <translation>fracción acumulada de varianza</translation>
    </message>
    <message>
        <source>Press Start: the SVD of the PPMI matrix appears here</source>
        <translation>Pulsa Iniciar: aquí aparece la SVD de la matriz PPMI</translation>
    </message>
    <message>
        <source>PPMI ≈ U&lt;sub&gt;k&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; V&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;: each word&apos;s dense vector is its row of U&lt;sub&gt;k&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt;. The curve: the share of the PPMI matrix&apos;s variance that the first k components keep.</source>
        <translation>PPMI ≈ U&lt;sub&gt;k&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; V&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;: el vector denso de cada palabra es su fila de U&lt;sub&gt;k&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt;. La curva: la fracción de la varianza de la matriz PPMI que conservan las primeras k componentes.</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Fórmulas</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <source>Sparse vs dense</source>
        <translation>Dispersos vs. densos</translation>
    </message>
    <message>
        <source>SVD</source>
        <translation>SVD</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Ponderación</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Press Start to weight the corpus&apos;s counts and reduce them by SVD; Stop keeps the sparse results.</source>
        <translation>Pulsa Iniciar para ponderar las frecuencias del corpus y reducirlas con SVD; Detener conserva los resultados dispersos.</translation>
    </message>
    <message>
        <source>The settings changed: press Start to recompute the views.</source>
        <translation>Los ajustes han cambiado: pulsa Iniciar para recalcular las vistas.</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>contando</translation>
    </message>
    <message>
        <source>tokenising</source>
        <translation>tokenizando</translation>
    </message>
    <message>
        <source>PPMI</source>
        <translation>PPMI</translation>
    </message>
    <message>
        <source>Press Start: the chosen words&apos; counts and weights appear here.</source>
        <translation>Pulsa Iniciar: aquí aparecen las frecuencias y los pesos de las palabras elegidas.</translation>
    </message>
    <message>
        <source>None of the words was counted: try others.</source>
        <translation>No se ha contado ninguna de las palabras: prueba con otras.</translation>
    </message>
    <message>
        <source>word x</source>
        <translation>palabra x</translation>
    </message>
    <message>
        <source>Counts c(x, y) at ±%1</source>
        <translation>Frecuencias c(x, y) con ±%1</translation>
    </message>
    <message>
        <source>PPMI(x, y)</source>
        <translation>PPMI(x, y)</translation>
    </message>
    <message>
        <source>PPMI of the word-word counts</source>
        <translation>PPMI de las frecuencias palabra-palabra</translation>
    </message>
    <message>
        <source>Columns y: the %1 most frequent contexts of these words, then the %1 with the highest PPMI. Frequent contexts (the, of, …) get low weights; rarer telling ones get high weights.</source>
        <translation>Columnas y: los %1 contextos más frecuentes de estas palabras y después los %1 con mayor PPMI. Los contextos frecuentes (the, of, …) reciben pesos bajos; los más raros y reveladores, pesos altos.</translation>
    </message>
    <message>
        <source>doc %1</source>
        <translation>doc. %1</translation>
    </message>
    <message>
        <source>term t</source>
        <translation>término t</translation>
    </message>
    <message>
        <source>Counts f(t, d); df = documents with t</source>
        <translation>Frecuencias f(t, d); df = documentos con t</translation>
    </message>
    <message>
        <source>tf-idf(t, d); idf = log(|D| / df)</source>
        <translation>tf-idf(t, d); idf = log(|D| / df)</translation>
    </message>
    <message>
        <source>tf-idf of the term-document counts</source>
        <translation>tf-idf de las frecuencias término-documento</translation>
    </message>
    <message>
        <source>Columns d: the %1 documents (of %2) where these words occur most.</source>
        <translation>Columnas d: los %1 documentos (de %2) donde más aparecen estas palabras.</translation>
    </message>
</context>
<context>
    <name>WeightingSettings</name>
    <message>
        <source>±window: context words counted on each side of a word</source>
        <translation>±ventana: palabras de contexto contadas a cada lado de una palabra</translation>
    </message>
    <message>
        <source>Rows and columns: the words seen at least this many times (fewer rows: a faster SVD; rare words have too few contexts to compare anyway)</source>
        <translation>Filas y columnas: las palabras vistas al menos estas veces (menos filas: una SVD más rápida; de todos modos, las palabras raras tienen muy pocos contextos para compararlas)</translation>
    </message>
    <message>
        <source>Smooth contexts: α = 0.75</source>
        <translation>Suavizar contextos: α = 0,75</translation>
    </message>
    <message>
        <source>Context-distribution smoothing (Levy, Goldberg &amp;amp; Dagan 2015): P(y) becomes P&lt;sub&gt;α&lt;/sub&gt;(y) = c(y)&lt;sup&gt;α&lt;/sup&gt; / Σ&lt;sub&gt;y′&lt;/sub&gt; c(y′)&lt;sup&gt;α&lt;/sup&gt; with α = 0.75. It raises the probability of rare contexts a little, so a word seen once next to a rare context no longer gets a huge PMI. Off: the lecture&apos;s formula.</source>
        <translation>Suavizado de la distribución de contextos (Levy, Goldberg &amp;amp; Dagan 2015): P(y) pasa a ser P&lt;sub&gt;α&lt;/sub&gt;(y) = c(y)&lt;sup&gt;α&lt;/sup&gt; / Σ&lt;sub&gt;y′&lt;/sub&gt; c(y′)&lt;sup&gt;α&lt;/sup&gt; con α = 0,75. Sube un poco la probabilidad de los contextos raros, de modo que una palabra vista una sola vez junto a un contexto raro ya no recibe un PMI enorme. Desactivado: la fórmula de la clase.</translation>
    </message>
    <message>
        <source>Add-k smoothing</source>
        <translation>Suavizado add-k</translation>
    </message>
    <message>
        <source>Laplace smoothing: add k to every count c(x, y) before the probabilities. It lowers the PMI of pairs seen only a few times, but fills every cell: the matrix becomes dense (refused when it would not fit in memory). Off: the lecture&apos;s formula.</source>
        <translation>Suavizado de Laplace: suma k a cada frecuencia c(x, y) antes de calcular las probabilidades. Baja el PMI de los pares vistos pocas veces, pero llena todas las celdas: la matriz se vuelve densa (se rechaza si no cabe en memoria). Desactivado: la fórmula de la clase.</translation>
    </message>
    <message>
        <source>PPMI (word-word)</source>
        <translation>PPMI (palabra-palabra)</translation>
    </message>
    <message>
        <source>tf-idf (term-document)</source>
        <translation>tf-idf (término-documento)</translation>
    </message>
    <message>
        <source>Which weighted matrix the table shows</source>
        <translation>Qué matriz ponderada muestra la tabla</translation>
    </message>
    <message>
        <source>Rows of the table, separated by commas (Enter to show them)</source>
        <translation>Filas de la tabla, separadas por comas (Intro para mostrarlas)</translation>
    </message>
    <message>
        <source>The word whose nearest neighbours are listed</source>
        <translation>La palabra cuyos vecinos más cercanos se listan</translation>
    </message>
    <message>
        <source>A second word: its cosine with the first, in each space</source>
        <translation>Una segunda palabra: su coseno con la primera, en cada espacio</translation>
    </message>
    <message>
        <source>d: dimensions kept by the truncated SVD of the PPMI matrix (dense vectors)</source>
        <translation>d: dimensiones que conserva la SVD truncada de la matriz PPMI (vectores densos)</translation>
    </message>
    <message>
        <source>Counts and weighting</source>
        <translation>Frecuencias y ponderación</translation>
    </message>
    <message>
        <source>Window ±</source>
        <translation>Ventana ±</translation>
    </message>
    <message>
        <source>Min. count</source>
        <translation>Frec. mín.</translation>
    </message>
    <message>
        <source>SVD d</source>
        <translation>SVD d</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Cosine with</source>
        <translation>Coseno con</translation>
    </message>
</context>
<context>
    <name>Word2VecPage</name>
    <message>
        <source>Negative-sampling loss</source>
        <translation>Pérdida con muestreo negativo</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss (nats)</source>
        <translation>pérdida (nats)</translation>
    </message>
    <message>
        <source>Loss of one example: −log σ(c·w) − Σₖ log σ(−cₖ·w). &lt;b&gt;per word&lt;/b&gt;: gensim&apos;s training loss summed over an epoch, divided by the words trained (each word is the target of about window + 1 pairs, hence larger); counted here per job, since gensim&apos;s own tally saturates and loses updates between threads. &lt;b&gt;held-out, per pair&lt;/b&gt;: computed from the current vectors on a fixed sample of pairs from sentences not trained on. Double-click to enlarge.</source>
        <translation>Pérdida de un ejemplo: −log σ(c·w) − Σₖ log σ(−cₖ·w). &lt;b&gt;por palabra&lt;/b&gt;: la pérdida de entrenamiento de gensim sumada en una época y dividida por las palabras entrenadas (cada palabra es objetivo de unos ventana + 1 pares, de ahí que sea mayor); aquí se cuenta por tarea, porque el recuento propio de gensim se satura y pierde actualizaciones entre hilos. &lt;b&gt;validación, por par&lt;/b&gt;: calculada con los vectores actuales sobre una muestra fija de pares de oraciones no usadas en el entrenamiento. Doble clic para ampliar.</translation>
    </message>
    <message>
        <source>Evaluation after each epoch</source>
        <translation>Evaluación tras cada época</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>Press Start with “Evaluate each epoch” on</source>
        <translation>Pulsa Iniciar con «Evaluar cada época» activado</translation>
    </message>
    <message>
        <source>The vectors in 2-D (PCA), moving as they train</source>
        <translation>Los vectores en 2D (PCA), moviéndose mientras se entrenan</translation>
    </message>
    <message>
        <source>PCA 1</source>
        <translation>PCA 1</translation>
    </message>
    <message>
        <source>PCA 2</source>
        <translation>PCA 2</translation>
    </message>
    <message>
        <source>Press Start: the most frequent words appear and move here</source>
        <translation>Pulsa Iniciar: aquí aparecen y se mueven las palabras más frecuentes</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Press Start to train word2vec on the loaded corpus; Stop keeps the vectors.</source>
        <translation>Pulsa Iniciar para entrenar word2vec con el corpus cargado; Detener conserva los vectores.</translation>
    </message>
    <message>
        <source>Negative-sampling loss · epoch %1: %2 words/s</source>
        <translation>Pérdida con muestreo negativo · época %1: %2 palabras/s</translation>
    </message>
    <message>
        <source>training, per word</source>
        <translation>entrenamiento, por palabra</translation>
    </message>
    <message>
        <source>held-out, per pair</source>
        <translation>validación, por par</translation>
    </message>
    <message>
        <source>analogy accuracy</source>
        <translation>exactitud en analogías</translation>
    </message>
    <message>
        <source>Trained %1 word vectors: the Map page and the neighbour lists use them.</source>
        <translation>Se han entrenado %1 vectores de palabras: los usan la página Mapa y las listas de vecinos.</translation>
    </message>
</context>
<context>
    <name>Word2VecSettings</name>
    <message>
        <source>skip-gram</source>
        <translation>skip-gram</translation>
    </message>
    <message>
        <source>CBOW</source>
        <translation>CBOW</translation>
    </message>
    <message>
        <source>&lt;b&gt;skip-gram&lt;/b&gt;: from a word w predict each word c of its window (the lecture&apos;s model). &lt;b&gt;CBOW&lt;/b&gt; (continuous bag of words): from the window&apos;s words together predict the word in the middle; faster, a little weaker on rare words.</source>
        <translation>&lt;b&gt;skip-gram&lt;/b&gt;: a partir de una palabra w predice cada palabra c de su ventana (el modelo de la clase). &lt;b&gt;CBOW&lt;/b&gt; (continuous bag of words, bolsa de palabras continua): a partir de las palabras de la ventana juntas predice la palabra central; más rápido, algo peor con palabras raras.</translation>
    </message>
    <message>
        <source>d: the length of each dense vector (the lecture: 50 to 1,000)</source>
        <translation>d: la longitud de cada vector denso (en la clase: de 50 a 1000)</translation>
    </message>
    <message>
        <source>±window: context words on each side of the target (2 to 10)</source>
        <translation>±ventana: palabras de contexto a cada lado de la palabra objetivo (de 2 a 10)</translation>
    </message>
    <message>
        <source>k: random negative words drawn for each real (target, context) pair</source>
        <translation>k: palabras negativas aleatorias que se extraen por cada par real (objetivo, contexto)</translation>
    </message>
    <message>
        <source>Passes over the corpus</source>
        <translation>Pasadas por el corpus</translation>
    </message>
    <message>
        <source>Words seen fewer times than this get no vector</source>
        <translation>Las palabras vistas menos veces que esto no reciben vector</translation>
    </message>
    <message>
        <source>Evaluate each epoch</source>
        <translation>Evaluar cada época</translation>
    </message>
    <message>
        <source>After each epoch: analogy accuracy on questions-words.txt and Spearman&apos;s ρ against human similarity judgements (WordSim-353, SimLex-999), with gensim&apos;s own functions. English benchmarks: on a Spanish corpus they find few known words.</source>
        <translation>Tras cada época: exactitud en analogías con questions-words.txt y ρ de Spearman frente a juicios humanos de similitud (WordSim-353, SimLex-999), con las funciones propias de gensim. Son pruebas en inglés: en un corpus en español encuentran pocas palabras conocidas.</translation>
    </message>
    <message>
        <source>Load vectors…</source>
        <translation>Cargar vectores…</translation>
    </message>
    <message>
        <source>Load pretrained vectors: word2vec (binary or text), GloVe, fastText .vec</source>
        <translation>Carga vectores preentrenados: word2vec (binario o texto), GloVe, fastText .vec</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the vectors for the TensorFlow Embedding Projector (vectors.tsv + metadata.tsv) or in word2vec text format</source>
        <translation>Guarda los vectores para el TensorFlow Embedding Projector (vectors.tsv + metadata.tsv) o en formato de texto de word2vec</translation>
    </message>
    <message>
        <source>word2vec (gensim)</source>
        <translation>word2vec (gensim)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Dimension d</source>
        <translation>Dimensión d</translation>
    </message>
    <message>
        <source>Window ±</source>
        <translation>Ventana ±</translation>
    </message>
    <message>
        <source>Negatives k</source>
        <translation>Negativos k</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>min_count</source>
        <translation>min_count</translation>
    </message>
</context>
<context>
    <name>ZipfPlot</name>
    <message>
        <source>Zipf&apos;s law: log rank vs log frequency</source>
        <translation>Ley de Zipf: log del rango frente a log de la frecuencia</translation>
    </message>
    <message>
        <source>Zipf: the r-th most frequent word occurs about f(1)/r times, a line of slope −1</source>
        <translation>Zipf: la r-ésima palabra más frecuente aparece unas f(1)/r veces, una recta de pendiente −1</translation>
    </message>
    <message>
        <source>rank r</source>
        <translation>rango r</translation>
    </message>
    <message>
        <source>frequency f(r)</source>
        <translation>frecuencia f(r)</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
    <message>
        <source>f(1)/r</source>
        <translation>f(1)/r</translation>
    </message>
    <message>
        <source>Load a corpus to see its word frequencies</source>
        <translation>Carga un corpus para ver las frecuencias de sus palabras</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{count} stretches of text without spaces were longer than {most} characters: each was cut into tokens of {most} characters. Is this file really text with words?</source>
        <translation>{count} tramos de texto sin espacios superaban los {most} caracteres: cada uno se cortó en tokens de {most} caracteres. ¿Es de verdad un texto con palabras?</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not exist. Check the path.</source>
        <translation>«{name}» no existe. Revisa la ruta.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty (0 bytes). Choose a file with text.</source>
        <translation>«{name}» está vacío (0 bytes). Elige un archivo con texto.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds only blank space, no text.</source>
        <translation>«{name}» solo contiene espacios en blanco, ningún texto.</translation>
    </message>
    <message>
        <source>Folder &apos;{name}&apos; has no .txt files. Put one document per .txt file.</source>
        <translation>La carpeta «{name}» no tiene archivos .txt. Pon un documento en cada archivo .txt.</translation>
    </message>
    <message>
        <source>The .txt files in &apos;{name}&apos; hold no text.</source>
        <translation>Los archivos .txt de «{name}» no contienen texto.</translation>
    </message>
    <message>
        <source>Cannot list folder &apos;{name}&apos;: {reason}.</source>
        <translation>No se puede listar la carpeta «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{name}&apos;: {reason}.</source>
        <translation>No se puede leer «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no header row with column names.</source>
        <translation>«{name}» no tiene una fila de cabecera con los nombres de las columnas.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; line {line}: {error}. Check its quoting.</source>
        <translation>«{name}», línea {line}: {error}. Revisa las comillas.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has a header row but no text in its rows.</source>
        <translation>«{name}» tiene fila de cabecera pero sus filas no contienen texto.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no column named &apos;text&apos;, so the text was read from column &apos;{column}&apos;, the one with the most letters. Set the text column in the options to use another.</source>
        <translation>«{name}» no tiene ninguna columna llamada «text», así que el texto se ha leído de la columna «{column}», la que tiene más letras. Indica la columna de texto en las opciones para usar otra.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no column named &apos;text&apos; and none of its columns holds text (only numbers or empty values). Check that it is the right file.</source>
        <translation>«{name}» no tiene ninguna columna llamada «text» y ninguna de sus columnas contiene texto (solo números o valores vacíos). Comprueba que es el archivo correcto.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no column &apos;{column}&apos;. Available columns: {available}.</source>
        <translation>«{name}» no tiene la columna «{column}». Columnas disponibles: {available}.</translation>
    </message>
    <message>
        <source>a ZIP archive (Word, Excel and OpenDocument files are ZIP archives too)</source>
        <translation>un archivo ZIP (los documentos de Word, Excel y OpenDocument también son ZIP)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>una imagen TIFF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>an old Microsoft Office document (.doc, .xls)</source>
        <translation>un documento antiguo de Microsoft Office (.doc, .xls)</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>un archivo comprimido gzip</translation>
    </message>
    <message>
        <source>an xz archive</source>
        <translation>un archivo comprimido xz</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>un archivo comprimido 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>un archivo comprimido RAR</translation>
    </message>
    <message>
        <source>a program (ELF executable)</source>
        <translation>un programa (ejecutable ELF)</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>una base de datos SQLite</translation>
    </message>
    <message>
        <source>a NumPy array file</source>
        <translation>un archivo de matriz NumPy</translation>
    </message>
    <message>
        <source>an Ogg audio file</source>
        <translation>un archivo de audio Ogg</translation>
    </message>
    <message>
        <source>a FLAC audio file</source>
        <translation>un archivo de audio FLAC</translation>
    </message>
    <message>
        <source>a media file (WAV, AVI or WebP)</source>
        <translation>un archivo multimedia (WAV, AVI o WebP)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {kind}, not text. Choose a .txt, .csv or .tsv file.</source>
        <translation>«{name}» es {kind}, no texto. Elige un archivo .txt, .csv o .tsv.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds binary data (NUL bytes), not text. If it is UTF-16 text, save it again as UTF-8.</source>
        <translation>«{name}» contiene datos binarios (bytes NUL), no texto. Si es texto UTF-16, guárdalo de nuevo como UTF-8.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; starts with a {encoding} byte-order mark but byte {position} is not {encoding}. Save it again as UTF-8.</source>
        <translation>«{name}» empieza con una marca de orden de bytes {encoding}, pero el byte {position} no es {encoding}. Guárdalo de nuevo como UTF-8.</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Modelo de lenguaje</translation>
    </message>
    <message>
        <source>Use fewer units d_h or d_x, shorter sequences, a smaller batch or, for words, a smaller vocabulary.</source>
        <translation>Usa menos unidades d_h o d_x, secuencias más cortas, un lote más pequeño o, con palabras, un vocabulario más pequeño.</translation>
    </message>
    <message>
        <source>level must be &apos;char&apos; or &apos;word&apos;, got {level}</source>
        <translation>el nivel debe ser &apos;char&apos; o &apos;word&apos;; se recibió {level}</translation>
    </message>
    <message>
        <source>probe must be a string, got {kind}</source>
        <translation>la frase de prueba debe ser una cadena de texto; se recibió {kind}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} debe ser un número entero; se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} debe estar entre {low} y {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} debe ser un número finito; se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be in {bracket}{low}, {high}], got {value}</source>
        <translation>{name} debe estar en {bracket}{low}; {high}]; se recibió {value}</translation>
    </message>
    <message>
        <source>word level needs a list of tokens; tokenise the text first</source>
        <translation>el nivel de palabras necesita una lista de tokens; tokeniza antes el texto</translation>
    </message>
    <message>
        <source>validation_fraction must be in [0, 0.5], got {validation_fraction}</source>
        <translation>validation_fraction debe estar en [0, 0.5]; se recibió {validation_fraction}</translation>
    </message>
    <message>
        <source>max_vocab must be at least 2 (&lt;unk&gt; and one unit), got {max_vocab}</source>
        <translation>max_vocab debe ser al menos 2 (&lt;unk&gt; y una unidad); se recibió {max_vocab}</translation>
    </message>
    <message>
        <source>Too little text: training needs at least seq_len + 1 = {needed} characters, but the corpus gives {found} after keeping {percent}% for validation. Add text or shorten the sequence length.</source>
        <translation>Texto insuficiente: el entrenamiento necesita al menos seq_len + 1 = {needed} caracteres, pero el corpus da {found} tras reservar el {percent}% para validación. Añade texto o acorta la longitud de secuencia.</translation>
    </message>
    <message>
        <source>Too little text: training needs at least seq_len + 1 = {needed} tokens, but the corpus gives {found} after keeping {percent}% for validation. Add text or shorten the sequence length.</source>
        <translation>Texto insuficiente: el entrenamiento necesita al menos seq_len + 1 = {needed} tokens, pero el corpus da {found} tras reservar el {percent}% para validación. Añade texto o acorta la longitud de secuencia.</translation>
    </message>
    <message>
        <source>The probe sentence is empty: type a sentence to watch the gates on.</source>
        <translation>La frase de prueba está vacía: escribe una frase para ver sus puertas.</translation>
    </message>
    <message>
        <source>The probe {probe} has no tokens to show.</source>
        <translation>La frase de prueba {probe} no tiene tokens que mostrar.</translation>
    </message>
    <message>
        <source>The probe has {units} units; at most {most} fit a heatmap. Use a shorter sentence.</source>
        <translation>La frase de prueba tiene {units} unidades; en un mapa de calor caben como mucho {most}. Usa una frase más corta.</translation>
    </message>
    <message>
        <source>The corpus is large: training uses its first {limit} characters.</source>
        <translation>El corpus es grande: el entrenamiento usa sus primeros {limit} caracteres.</translation>
    </message>
    <message>
        <source>The corpus is large: training uses its first {limit} tokens.</source>
        <translation>El corpus es grande: el entrenamiento usa sus primeros {limit} tokens.</translation>
    </message>
    <message>
        <source>temperature must be &gt; 0, got {temperature}</source>
        <translation>la temperatura debe ser &gt; 0; se recibió {temperature}</translation>
    </message>
    <message>
        <source>Training diverged at step {step}: loss = {loss}. Try a lower learning rate or turn on gradient clipping. The weights from step {good} are kept.</source>
        <translation>El entrenamiento divergió en el paso {step}: pérdida = {loss}. Prueba una tasa de aprendizaje menor o activa el recorte de gradientes. Se conservan los pesos del paso {good}.</translation>
    </message>
    <message>
        <source>The probe was encoded with another vocabulary: use encode_probe(data, …).</source>
        <translation>La frase de prueba se codificó con otro vocabulario: usa encode_probe(data, …).</translation>
    </message>
    <message>
        <source>The new probe was encoded with another vocabulary; keeping the old one.</source>
        <translation>La nueva frase de prueba se codificó con otro vocabulario; se mantiene la anterior.</translation>
    </message>
    <message>
        <source>gaps must be whole numbers separated by commas, got {text}</source>
        <translation>las separaciones deben ser números enteros separados por comas; se recibió {text}</translation>
    </message>
    <message>
        <source>Spanish sample</source>
        <translation>Muestra en español</translation>
    </message>
    <message>
        <source>Spanish sample: 10 short original texts (a story, seasons, cooking, a city, neural networks, music, a letter, news...), Spanish, about 4,000 words.</source>
        <translation>Muestra en español: 10 textos originales breves (un cuento, las estaciones, cocina, una ciudad, redes neuronales, música, una carta, noticias…), en español, unas 4000 palabras.</translation>
    </message>
    <message>
        <source>Lee news (English)</source>
        <translation>Noticias Lee (inglés)</translation>
    </message>
    <message>
        <source>Lee background: 300 English news articles (Australian, 2001), one per line, about 60,000 words.</source>
        <translation>Lee background: 300 noticias en inglés (Australia, 2001), una por línea, unas 60 000 palabras.</translation>
    </message>
    <message>
        <source>Film reviews, Pang &amp; Lee (English)</source>
        <translation>Críticas de cine, Pang y Lee (inglés)</translation>
    </message>
    <message>
        <source>Pang &amp; Lee polarity: 200 English film-review sentences labelled neg or pos, about 4,000 words.</source>
        <translation>Polaridad de Pang y Lee: 200 frases de críticas de cine en inglés etiquetadas neg o pos, unas 4000 palabras.</translation>
    </message>
    <message>
        <source>Wikipedia, head500 (English)</source>
        <translation>Wikipedia, head500 (inglés)</translation>
    </message>
    <message>
        <source>head500: 250 English Wikipedia articles, stemmed and without stop words, about 300,000 words.</source>
        <translation>head500: 250 artículos de la Wikipedia en inglés, reducidos a su raíz y sin palabras vacías, unas 300 000 palabras.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>part of its path is a file, not a folder</source>
        <translation>parte de su ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>d_x (input/embedding size)</source>
        <translation>d_x (tamaño de la entrada/del embedding)</translation>
    </message>
    <message>
        <source>d_h (hidden size)</source>
        <translation>d_h (tamaño oculto)</translation>
    </message>
    <message>
        <source>Gradient comparison</source>
        <translation>Comparación de gradientes</translation>
    </message>
    <message>
        <source>cells must be chosen from {cells}; got {got}</source>
        <translation>las celdas deben elegirse entre {cells}; se recibió {got}</translation>
    </message>
    <message>
        <source>{name} must be a whole number in {low}..{high}; got {value}</source>
        <translation>{name} debe ser un número entero en {low}..{high}; se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be zero or a positive number; got {value}</source>
        <translation>{name} debe ser cero o un número positivo; se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be a positive number; got {value}</source>
        <translation>{name} debe ser un número positivo; se recibió {value}</translation>
    </message>
    <message>
        <source>Memory sweep</source>
        <translation>Barrido de memoria</translation>
    </message>
    <message>
        <source>Use fewer units d_h or a shorter gap G.</source>
        <translation>Usa menos unidades d_h o una separación G más corta.</translation>
    </message>
    <message>
        <source>need gap &gt;= 0, batch &gt;= 1, n_symbols &gt;= 2, n_distractors &gt;= 1; got gap={gap}, batch={batch}, n_symbols={n_symbols}, n_distractors={n_distractors}</source>
        <translation>se necesita gap &gt;= 0, batch &gt;= 1, n_symbols &gt;= 2, n_distractors &gt;= 1; se recibió gap={gap}, batch={batch}, n_symbols={n_symbols}, n_distractors={n_distractors}</translation>
    </message>
    <message>
        <source>give at least one gap, each between 0 and {most}</source>
        <translation>indica al menos una separación, cada una entre 0 y {most}</translation>
    </message>
    <message>
        <source>steps per gap must be between 1 and {most}; got {value}</source>
        <translation>los pasos por separación deben estar entre 1 y {most}; se recibió {value}</translation>
    </message>
    <message>
        <source>gate_init must be one of {inits}; got {got}</source>
        <translation>gate_init debe ser uno de {inits}; se recibió {got}</translation>
    </message>
    <message>
        <source>cell must be one of {cells}; got {cell}</source>
        <translation>la celda debe ser una de {cells}; se recibió {cell}</translation>
    </message>
    <message>
        <source>{what}: the run would need about {needed} MB of memory, but this computer has {available} MB free and a run may use at most half of it. {advice}</source>
        <translation>{what}: la ejecución necesitaría unos {needed} MB de memoria, pero este ordenador tiene {available} MB libres y una ejecución puede usar como mucho la mitad. {advice}</translation>
    </message>
    <message>
        <source>{what}: recording the gates on a long probe would take about {seconds} s, more than the {limit} s allowed so that Stop answers at once. {advice}</source>
        <translation>{what}: registrar las puertas en una frase de prueba larga tardaría unos {seconds} s, más de los {limit} s permitidos para que Detener responda al instante. {advice}</translation>
    </message>
    <message>
        <source>{what}: one training step would take about {seconds} s, more than the {limit} s allowed so that Stop answers at once. {advice}</source>
        <translation>{what}: un paso de entrenamiento tardaría unos {seconds} s, más de los {limit} s permitidos para que Detener responda al instante. {advice}</translation>
    </message>
    <message>
        <source>The two {what} must have the same shape (the same words in the same order); got {a} and {b}.</source>
        <translation>Las dos tablas ({what}) deben tener la misma forma (las mismas palabras en el mismo orden); se recibieron {a} y {b}.</translation>
    </message>
    <message>
        <source>Aligning needs at least {needed} word; got {found}.</source>
        <translation>Para alinear hace falta al menos {needed} palabra; hay {found}.</translation>
    </message>
    <message>
        <source>Some rows hold NaN or infinite values ({count} of {total}); they cannot be aligned.</source>
        <translation>Algunas filas contienen valores NaN o infinitos ({count} de {total}); no se pueden alinear.</translation>
    </message>
    <message>
        <source>No document has two words, so no word has a context to count: load a corpus with longer documents.</source>
        <translation>Ningún documento tiene dos palabras, así que ninguna palabra tiene un contexto que contar: carga un corpus con documentos más largos.</translation>
    </message>
    <message>
        <source>Half the documents have at most {median} words, so a ±{window} window covers most of each one: the counts say little more than “in the same document”. Try a smaller window or a corpus of longer documents.</source>
        <translation>La mitad de los documentos tienen como mucho {median} palabras, así que una ventana de ±{window} cubre casi todo cada uno: las frecuencias dicen poco más que «en el mismo documento». Prueba una ventana más pequeña o un corpus de documentos más largos.</translation>
    </message>
    <message>
        <source>The SVD keeps d = {dimension} dimensions, not {asked}: the matrix has only {dimension} rows.</source>
        <translation>La SVD conserva d = {dimension} dimensiones, no {asked}: la matriz solo tiene {dimension} filas.</translation>
    </message>
    <message>
        <source>The minimum count must be a whole number ≥ 1, got {n}.</source>
        <translation>La frecuencia mínima debe ser un número entero ≥ 1; se recibió {n}.</translation>
    </message>
    <message>
        <source>The vocabulary lists {words} more than once; each word must be one row.</source>
        <translation>El vocabulario incluye {words} más de una vez; cada palabra debe ser una sola fila.</translation>
    </message>
    <message>
        <source>No word occurs at least {min_count} times; lower the minimum count or use a bigger corpus.</source>
        <translation>Ninguna palabra aparece al menos {min_count} veces; baja la frecuencia mínima o usa un corpus más grande.</translation>
    </message>
    <message>
        <source>There are no tokens to count.</source>
        <translation>No hay tokens que contar.</translation>
    </message>
    <message>
        <source>The context window must be a whole number of words ≥ 1, got {window}.</source>
        <translation>La ventana de contexto debe ser un número entero de palabras ≥ 1; se recibió {window}.</translation>
    </message>
    <message>
        <source>The dense dimension must be a whole number from 1 to {most} (the smaller side of the {rows} × {columns} matrix), got {dim}.</source>
        <translation>La dimensión densa debe ser un número entero de 1 a {most} (el lado menor de la matriz {rows} × {columns}); se recibió {dim}.</translation>
    </message>
    <message>
        <source>{words} is not in the vocabulary</source>
        <translation>{words} no está en el vocabulario</translation>
    </message>
    <message>
        <source>{words} are not in the vocabulary</source>
        <translation>{words} no están en el vocabulario</translation>
    </message>
    <message>
        <source>The vectors must be a table with one row per word; got the shape {shape}.</source>
        <translation>Los vectores deben ser una tabla con una fila por palabra; se recibió la forma {shape}.</translation>
    </message>
    <message>
        <source>{method} needs at least {needed} words; got {found}.</source>
        <translation>{method} necesita al menos {needed} palabras; se recibieron {found}.</translation>
    </message>
    <message>
        <source>{count} of the {total} vectors hold NaN or infinite values (rows {rows}); remove those words or train again.</source>
        <translation>{count} de los {total} vectores contienen valores NaN o infinitos (filas {rows}); quita esas palabras o vuelve a entrenar.</translation>
    </message>
    <message>
        <source>All {total} vectors are the same (all zeros?): a map would put every word on one point. Train the vectors first.</source>
        <translation>Los {total} vectores son iguales (¿todo ceros?): un mapa pondría todas las palabras en un mismo punto. Primero entrena los vectores.</translation>
    </message>
    <message>
        <source>{count} of the {total} vectors are all zeros (words with no context?); they share one point on the map.</source>
        <translation>{count} de los {total} vectores son todo ceros (¿palabras sin contexto?); comparten un mismo punto en el mapa.</translation>
    </message>
    <message>
        <source>The vectors have {d} dimensions; {method} works on their first {k} principal components.</source>
        <translation>Los vectores tienen {d} dimensiones; {method} trabaja con sus {k} primeras componentes principales.</translation>
    </message>
    <message>
        <source>The period &apos;{period}&apos; has no text: {count} documents, no words.</source>
        <translation>El periodo «{period}» no tiene texto: {count} documentos, ninguna palabra.</translation>
    </message>
    <message>
        <source>There are {names} period names for {documents} documents; give one each.</source>
        <translation>Hay {names} nombres de periodo para {documents} documentos; indica uno por documento.</translation>
    </message>
    <message>
        <source>The corpus has no dates, so it cannot be split into periods. Load a table with a date column, or name a period for each document.</source>
        <translation>El corpus no tiene fechas, así que no se puede dividir en periodos. Carga una tabla con una columna de fecha o indica un periodo para cada documento.</translation>
    </message>
    <message>
        <source>{count} of the {total} dates hold no year (for example {examples}); write them as 1990, 1990-05-01 or 05/1990.</source>
        <translation>{count} de las {total} fechas no contienen ningún año (por ejemplo, {examples}); escríbelas como 1990, 1990-05-01 o 05/1990.</translation>
    </message>
    <message>
        <source>The period &apos;{period}&apos; ({first}–{last}) has no documents.</source>
        <translation>El periodo «{period}» ({first}–{last}) no tiene documentos.</translation>
    </message>
    <message>
        <source>Cannot make {k} periods: the dates span {span} years ({first}–{last}); choose from 1 to {span}.</source>
        <translation>No se pueden formar {k} periodos: las fechas abarcan {span} años ({first}–{last}); elige de 1 a {span}.</translation>
    </message>
    <message>
        <source>The y axis ({c} → {d}) points along the x axis ({a} → {b}); choose another pair.</source>
        <translation>El eje y ({c} → {d}) apunta en la dirección del eje x ({a} → {b}); elige otro par.</translation>
    </message>
    <message>
        <source>&apos;{a}&apos; and &apos;{b}&apos; have the same vector: the axis from one to the other has no direction. Choose two different words.</source>
        <translation>«{a}» y «{b}» tienen el mismo vector: el eje de una a otra no tiene dirección. Elige dos palabras distintas.</translation>
    </message>
    <message>
        <source>Meaning over time needs at least 2 periods to compare; got {count}.</source>
        <translation>Para estudiar el significado a lo largo del tiempo hacen falta al menos 2 periodos que comparar; se recibieron {count}.</translation>
    </message>
    <message>
        <source>No word of the period &apos;{period}&apos; occurs {min_count} times or more; lower the minimum count or add text.</source>
        <translation>Ninguna palabra del periodo «{period}» aparece {min_count} veces o más; baja la frecuencia mínima o añade texto.</translation>
    </message>
    <message>
        <source>The periods &apos;{a}&apos; and &apos;{b}&apos; share only {shared} words; aligning them needs at least {needed}. Lower the minimum count or add text.</source>
        <translation>Los periodos «{a}» y «{b}» solo comparten {shared} palabras; para alinearlos hacen falta al menos {needed}. Baja la frecuencia mínima o añade texto.</translation>
    </message>
    <message>
        <source>Perplexity {asked} is too high for {n} words (it must stay below n/3); using {used}.</source>
        <translation>La perplejidad {asked} es demasiado alta para {n} palabras (debe quedar por debajo de n/3); se usa {used}.</translation>
    </message>
    <message>
        <source>Perplexity must be above 0; got {value}.</source>
        <translation>La perplejidad debe ser mayor que 0; se recibió {value}.</translation>
    </message>
    <message>
        <source>t-SNE needs at least 1 iteration (and no negative count); got {early} + {n}.</source>
        <translation>t-SNE necesita al menos 1 iteración (y ningún número negativo); se recibió {early} + {n}.</translation>
    </message>
    <message>
        <source>The KL tolerance must be in [0, 1); got {value}.</source>
        <translation>La tolerancia de KL debe estar en [0, 1); se recibió {value}.</translation>
    </message>
    <message>
        <source>gradient must be &apos;auto&apos;, &apos;bh&apos; or &apos;fft&apos;; got {value}.</source>
        <translation>gradient debe ser &apos;auto&apos;, &apos;bh&apos; o &apos;fft&apos;; se recibió {value}.</translation>
    </message>
    <message>
        <source>UMAP needs at least 2 neighbours; got {value}.</source>
        <translation>UMAP necesita al menos 2 vecinos; se recibió {value}.</translation>
    </message>
    <message>
        <source>UMAP&apos;s minimum distance must be in [0, 1]; got {value}.</source>
        <translation>La distancia mínima de UMAP debe estar en [0, 1]; se recibió {value}.</translation>
    </message>
    <message>
        <source>UMAP is not part of this installation: it needs numba, which the installers leave out for their size. t-SNE draws the same kind of map; to use UMAP, install the lab with pip (see the README).</source>
        <translation>UMAP no forma parte de esta instalación: necesita numba, que los instaladores dejan fuera por su tamaño. t-SNE dibuja el mismo tipo de mapa; para usar UMAP, instala el laboratorio con pip (véase el README).</translation>
    </message>
    <message>
        <source>{asked} neighbours are too many for {n} words; using {used}.</source>
        <translation>{asked} vecinos son demasiados para {n} palabras; se usan {used}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {kind}, not word vectors.</source>
        <translation>«{name}» es {kind}, no vectores de palabras.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a ZIP archive. Extract the vector file (.txt, .vec or .bin) from it and load that.</source>
        <translation>«{name}» es un archivo ZIP. Extrae de él el archivo de vectores (.txt, .vec o .bin) y carga ese.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a fastText model, not word vectors. Load the .vec file that comes with it.</source>
        <translation>«{name}» es un modelo de fastText, no vectores de palabras. Carga el archivo .vec que lo acompaña.</translation>
    </message>
    <message>
        <source>a model saved by Python (pickle)</source>
        <translation>un modelo guardado por Python (pickle)</translation>
    </message>
    <message>
        <source>The vector file &apos;{name}&apos; does not exist.</source>
        <translation>El archivo de vectores «{name}» no existe.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not look like word vectors: its first line should be &apos;count dimension&apos; (word2vec) or &apos;word value value …&apos; (GloVe).</source>
        <translation>«{name}» no parece contener vectores de palabras: su primera línea debería ser «número dimensión» (word2vec) o «palabra valor valor …» (GloVe).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds no vectors (it is empty).</source>
        <translation>«{name}» no contiene vectores (está vacío).</translation>
    </message>
    <message>
        <source>{count} words in &apos;{name}&apos; have NaN or infinite values (the first: &apos;{word}&apos;). The vectors are damaged; export or download them again.</source>
        <translation>{count} palabras de «{name}» tienen valores NaN o infinitos (la primera: «{word}»). Los vectores están dañados; vuelve a exportarlos o descargarlos.</translation>
    </message>
    <message>
        <source>Cannot write &apos;{name}&apos;: {reason}.</source>
        <translation>No se puede escribir «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>Line {line} of &apos;{name}&apos; has {found} values, but the vectors have {expected}. The file is damaged or mixes vectors of different sizes.</source>
        <translation>La línea {line} de «{name}» tiene {found} valores, pero los vectores tienen {expected}. El archivo está dañado o mezcla vectores de distintos tamaños.</translation>
    </message>
    <message>
        <source>Line {line} of &apos;{name}&apos;: &apos;{value}&apos; is not a number.</source>
        <translation>Línea {line} de «{name}»: «{value}» no es un número.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds a value that is not a number.</source>
        <translation>«{name}» contiene un valor que no es un número.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends after {found} of the {expected} vectors its first line announces: the file is incomplete (an interrupted download?). Download or export it again.</source>
        <translation>«{name}» termina tras {found} de los {expected} vectores que anuncia su primera línea: el archivo está incompleto (¿una descarga interrumpida?). Vuelve a descargarlo o exportarlo.</translation>
    </message>
    <message>
        <source>Vector {number} of &apos;{name}&apos; is damaged: its word does not end where the binary word2vec format says it should.</source>
        <translation>El vector {number} de «{name}» está dañado: su palabra no termina donde indica el formato binario de word2vec.</translation>
    </message>
    <message>
        <source>Add-k smoothing adds k to every cell, so the {rows} × {columns} matrix would become dense and take {megabytes} MB (at most {limit} MB). Use context smoothing (alpha) instead, or fewer words.</source>
        <translation>El suavizado add-k suma k a cada celda, así que la matriz {rows} × {columns} se volvería densa y ocuparía {megabytes} MB (como mucho {limit} MB). Usa en su lugar el suavizado de contextos (alfa) o menos palabras.</translation>
    </message>
    <message>
        <source>Context smoothing alpha must be above 0 and at most 1 (typically 0.75), got {alpha}.</source>
        <translation>El alfa del suavizado de contextos debe ser mayor que 0 y como mucho 1 (normalmente 0,75); se recibió {alpha}.</translation>
    </message>
    <message>
        <source>Add-k smoothing needs k ≥ 0, got {k}.</source>
        <translation>El suavizado add-k necesita k ≥ 0; se recibió {k}.</translation>
    </message>
    <message>
        <source>Counts must be finite and ≥ 0 (found {bad} negative, infinite or missing).</source>
        <translation>Las frecuencias deben ser finitas y ≥ 0 (hay {bad} negativas, infinitas o ausentes).</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}.</source>
        <translation>{name} debe estar entre {low} y {high}; se recibió {value}.</translation>
    </message>
    <message>
        <source>word2vec needs sentences as lists of words, but got text (strings). Split the text into sentences of tokens first.</source>
        <translation>word2vec necesita oraciones como listas de palabras, pero ha recibido texto (cadenas). Divide antes el texto en oraciones de tokens.</translation>
    </message>
    <message>
        <source>word2vec needs at least two different words, but the text has one. Add text.</source>
        <translation>word2vec necesita al menos dos palabras distintas, pero el texto solo tiene una. Añade texto.</translation>
    </message>
    <message>
        <source>Too few words occur min_count = {min_count} times or more ({kept}); word2vec needs at least 2. Lower min_count to {second} or less, or add text.</source>
        <translation>Muy pocas palabras aparecen min_count = {min_count} veces o más ({kept}); word2vec necesita al menos 2. Baja min_count a {second} o menos, o añade texto.</translation>
    </message>
    <message>
        <source>Too little text: word2vec needs at least window + 1 = {needed} words, but the training text has {found}. Add text or lower the window.</source>
        <translation>Texto insuficiente: word2vec necesita al menos ventana + 1 = {needed} palabras, pero el texto de entrenamiento tiene {found}. Añade texto o reduce la ventana.</translation>
    </message>
    <message>
        <source>The held-out loss is measured on {examples} examples from {sentences} sentences kept out of training.</source>
        <translation>La pérdida de validación se mide con {examples} ejemplos de {sentences} oraciones apartadas del entrenamiento.</translation>
    </message>
    <message>
        <source>The corpus is too small to keep sentences out of training: the held-out loss is measured on a sample of the training text.</source>
        <translation>El corpus es demasiado pequeño para apartar oraciones del entrenamiento: la pérdida de validación se mide con una muestra del texto de entrenamiento.</translation>
    </message>
    <message>
        <source>demo_sentence is {chosen}, but the corpus has {count} sentences.</source>
        <translation>demo_sentence es {chosen}, pero el corpus tiene {count} oraciones.</translation>
    </message>
    <message>
        <source>word2vec ({model}, d = {dimension}, {epochs} epochs)</source>
        <translation>word2vec ({model}, d = {dimension}, {epochs} épocas)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds no tagged sentence.</source>
        <translation>&apos;{name}&apos; no contiene ninguna oración etiquetada.</translation>
    </message>
    <message>
        <source>The file &apos;{name}&apos; does not exist.</source>
        <translation>El archivo &apos;{name}&apos; no existe.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not UTF-8 text (byte {offset}); CoNLL-U files are UTF-8.</source>
        <translation>&apos;{name}&apos; no es texto UTF-8 (byte {offset}); los archivos CoNLL-U son UTF-8.</translation>
    </message>
    <message>
        <source>{count} tab-separated fields instead of 10</source>
        <translation>{count} campos separados por tabuladores en lugar de 10</translation>
    </message>
    <message>
        <source>the ID {value} is not a number</source>
        <translation>el ID {value} no es un número</translation>
    </message>
    <message>
        <source>a word without its form or UPOS tag</source>
        <translation>una palabra sin su forma o su etiqueta UPOS</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;, line {line}: {problem}.</source>
        <translation>&apos;{name}&apos;, línea {line}: {problem}.</translation>
    </message>
    <message>
        <source>Expected a corpus or a text, got {kind}.</source>
        <translation>Se esperaba un corpus o un texto; se recibió {kind}.</translation>
    </message>
    <message>
        <source>The corpus is too small for a character model: {chars} characters in {lines} lines. Load a text of at least {minimum} characters over several lines.</source>
        <translation>El corpus es demasiado pequeño para un modelo de caracteres: {chars} caracteres en {lines} líneas. Carga un texto de al menos {minimum} caracteres en varias líneas.</translation>
    </message>
    <message>
        <source>Sizes, batch and steps must be at least 1 and the learning rate above 0; got d_h={hidden}, d_x={embedding}, batch={batch}, steps={steps}, rate={rate}.</source>
        <translation>Los tamaños, el lote y los pasos deben ser al menos 1 y la tasa de aprendizaje mayor que 0; se recibió d_h={hidden}, d_x={embedding}, lote={batch}, pasos={steps}, tasa={rate}.</translation>
    </message>
    <message>
        <source>Training diverged at step {step}: loss = {loss}. Try a lower learning rate. The weights from step {good} are kept.</source>
        <translation>El entrenamiento divergió en el paso {step}: pérdida = {loss}. Prueba una tasa de aprendizaje menor. Se conservan los pesos del paso {good}.</translation>
    </message>
    <message>
        <source>Number words cover whole numbers 0 to {most}; got {n}</source>
        <translation>Los números en palabras cubren los enteros de 0 a {most}; se recibió {n}</translation>
    </message>
    <message>
        <source>max_value must be between 0 and {most}; got {value}</source>
        <translation>max_value debe estar entre 0 y {most}; se recibió {value}</translation>
    </message>
    <message>
        <source>count must be between 1 and {most} (distinct numbers); got {value}</source>
        <translation>count debe estar entre 1 y {most} (números distintos); se recibió {value}</translation>
    </message>
    <message>
        <source>Need 0 &lt;= length &lt;= {most}, temperature &gt;= 0 and top-k &gt;= 1; got length={length}, temperature={temperature}, top-k={top_k}.</source>
        <translation>Se necesita 0 &lt;= longitud &lt;= {most}, temperatura &gt;= 0 y top-k &gt;= 1; se recibió longitud={length}, temperatura={temperature}, top-k={top_k}.</translation>
    </message>
    <message>
        <source>The model never saw {chars} in training: read as &lt;unk&gt; (unknown).</source>
        <translation>El modelo no vio {chars} en el entrenamiento: se leen como &lt;unk&gt; (desconocido).</translation>
    </message>
    <message>
        <source>The corpus &apos;{name}&apos; has no labels: choose a label column.</source>
        <translation>El corpus &apos;{name}&apos; no tiene etiquetas: elige una columna de etiquetas.</translation>
    </message>
    <message>
        <source>The corpus &apos;{name}&apos; has {count} class(es): a classifier needs at least two labels.</source>
        <translation>El corpus &apos;{name}&apos; tiene {count} clase(s): un clasificador necesita al menos dos etiquetas.</translation>
    </message>
    <message>
        <source>The class &apos;{label}&apos; has only one sentence: each class needs at least two.</source>
        <translation>La clase &apos;{label}&apos; tiene una sola oración: cada clase necesita al menos dos.</translation>
    </message>
    <message>
        <source>Nothing to translate: no words given</source>
        <translation>Nada que traducir: no se dieron palabras</translation>
    </message>
    <message>
        <source>{name} must be between 1 and {most}; got {value}</source>
        <translation>{name} debe estar entre 1 y {most}; se recibió {value}</translation>
    </message>
    <message>
        <source>learning_rate must be a positive number; got {value}</source>
        <translation>learning_rate debe ser un número positivo; se recibió {value}</translation>
    </message>
    <message>
        <source>Not in the training vocabulary: {words}</source>
        <translation>No están en el vocabulario de entrenamiento: {words}</translation>
    </message>
    <message>
        <source>Give translation pairs as a list of (source text, target text); got {kind}</source>
        <translation>Da los pares de traducción como una lista de (texto de origen, texto de destino); se recibió {kind}</translation>
    </message>
    <message>
        <source>Need at least 2 translation pairs; got {count}</source>
        <translation>Se necesitan al menos 2 pares de traducción; se recibieron {count}</translation>
    </message>
    <message>
        <source>Pair {row} must be two non-empty texts (source, target); got {item}</source>
        <translation>El par {row} debe ser dos textos no vacíos (origen, destino); se recibió {item}</translation>
    </message>
    <message>
        <source>Pair {row} is too long: at most {words} source words and {chars} target characters</source>
        <translation>El par {row} es demasiado largo: como máximo {words} palabras de origen y {chars} caracteres de destino</translation>
    </message>
    <message>
        <source>attention must be one of {kinds}; got {kind}</source>
        <translation>attention debe ser uno de {kinds}; se recibió {kind}</translation>
    </message>
    <message>
        <source>Tagging needs at least 5 tagged sentences; got {count}.</source>
        <translation>El etiquetado necesita al menos 5 oraciones etiquetadas; se recibieron {count}.</translation>
    </message>
    <message>
        <source>Every word has the tag {tag}: nothing to learn.</source>
        <translation>Todas las palabras tienen la etiqueta {tag}: no hay nada que aprender.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a file; open the folder that holds config.json and the weights.</source>
        <translation>«{name}» es un archivo; abre la carpeta que contiene config.json y los pesos.</translation>
    </message>
    <message>
        <source>There is no folder &apos;{name}&apos;, and it is not a model id either.</source>
        <translation>No existe la carpeta «{name}», y tampoco es un id de modelo.</translation>
    </message>
    <message>
        <source>The tokenizer in &apos;{name}&apos; has {tokens} tokens but the model only {vocab}: they do not belong together.</source>
        <translation>El tokenizador de «{name}» tiene {tokens} tokens, pero el modelo solo {vocab}: no van juntos.</translation>
    </message>
    <message>
        <source>This checkpoint has no masked-LM head: the views work, but the masked-LM playground is off (its layer would be random).</source>
        <translation>Este checkpoint no tiene cabeza de masked LM: las vistas funcionan, pero la zona de pruebas de masked LM está desactivada (su capa sería aleatoria).</translation>
    </message>
    <message>
        <source>This checkpoint has no next-sentence head: the views work, but the next-sentence playground is off (its layer would be random).</source>
        <translation>Este checkpoint no tiene cabeza de oración siguiente: las vistas funcionan, pero la zona de pruebas de oración siguiente está desactivada (su capa sería aleatoria).</translation>
    </message>
    <message>
        <source>The folder &apos;{name}&apos; is not a model: it has no config.json. Open the folder that holds config.json, the weights and vocab.txt or tokenizer.json.</source>
        <translation>La carpeta «{name}» no es un modelo: no tiene config.json. Abre la carpeta que contiene config.json, los pesos y vocab.txt o tokenizer.json.</translation>
    </message>
    <message>
        <source>The config.json in &apos;{name}&apos; cannot be read: {reason}.</source>
        <translation>No se puede leer el config.json de «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>The folder &apos;{name}&apos; holds a &apos;{kind}&apos; model, not BERT (config.json needs model_type &quot;bert&quot;).</source>
        <translation>La carpeta «{name}» contiene un modelo «{kind}», no BERT (config.json necesita model_type &quot;bert&quot;).</translation>
    </message>
    <message>
        <source>The folder &apos;{name}&apos; has no tokenizer (vocab.txt or tokenizer.json).</source>
        <translation>La carpeta «{name}» no tiene tokenizador (vocab.txt o tokenizer.json).</translation>
    </message>
    <message>
        <source>The tokenizer in &apos;{name}&apos; cannot be loaded: {reason}.</source>
        <translation>No se puede cargar el tokenizador de «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>The tokenizer in &apos;{name}&apos; is not a BERT WordPiece tokenizer (it lacks {missing}).</source>
        <translation>El tokenizador de «{name}» no es un tokenizador WordPiece de BERT (no tiene {missing}).</translation>
    </message>
    <message>
        <source>The weights in &apos;{name}&apos; cannot be loaded ({reason}).</source>
        <translation>No se pueden cargar los pesos de «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>The weights in &apos;{name}&apos; do not fit its config.json: {count} encoder tensors are missing (for example {example}).</source>
        <translation>Los pesos de «{name}» no encajan con su config.json: faltan {count} tensores del codificador (por ejemplo, {example}).</translation>
    </message>
    <message>
        <source>The word &apos;{word}&apos; is not in the sentence &apos;{sentence}&apos; (as a whole word).</source>
        <translation>La palabra «{word}» no está en la oración «{sentence}» (como palabra completa).</translation>
    </message>
    <message>
        <source>Unknown device &apos;{name}&apos;: choose cpu, cuda, cuda:N or mps.</source>
        <translation>Dispositivo desconocido «{name}»: elige cpu, cuda, cuda:N o mps.</translation>
    </message>
    <message>
        <source>Unknown device &apos;{name}&apos;: use cpu.</source>
        <translation>Dispositivo desconocido «{name}»: usa cpu.</translation>
    </message>
    <message>
        <source>This computer has no Apple GPU that torch can use (mps); running on the CPU is always possible.</source>
        <translation>Este ordenador no tiene una GPU de Apple que torch pueda usar (mps); siempre se puede ejecutar en la CPU.</translation>
    </message>
    <message>
        <source>torch sees no CUDA GPU on this computer (or was installed without CUDA); running on the CPU is always possible.</source>
        <translation>torch no ve ninguna GPU CUDA en este ordenador (o se instaló sin CUDA); siempre se puede ejecutar en la CPU.</translation>
    </message>
    <message>
        <source>There is no GPU {name}: torch sees {count} CUDA device(s).</source>
        <translation>No existe la GPU {name}: torch ve {count} dispositivo(s) CUDA.</translation>
    </message>
    <message>
        <source>Unknown fine-tuning mode {mode}: choose one of {choices}.</source>
        <translation>Modo de ajuste fino desconocido {mode}: elige uno de {choices}.</translation>
    </message>
    <message>
        <source>The fine-tuning setting {name} is out of range: {value}.</source>
        <translation>El parámetro de ajuste fino {name} está fuera de rango: {value}.</translation>
    </message>
    <message>
        <source>The model&apos;s encoder does not fit BERT&apos;s: missing {keys}.</source>
        <translation>El codificador del modelo no encaja con el de BERT: faltan {keys}.</translation>
    </message>
    <message>
        <source>Fine-tuning needs one label per text: {texts} texts, {labels} labels.</source>
        <translation>El ajuste fino necesita una etiqueta por texto: {texts} textos, {labels} etiquetas.</translation>
    </message>
    <message>
        <source>Every example has the same label ({label}): a classifier needs at least two classes. Choose a labelled set with two or more labels, such as the sentiment samples.</source>
        <translation>Todos los ejemplos tienen la misma etiqueta ({label}): un clasificador necesita al menos dos clases. Elige un conjunto etiquetado con dos o más etiquetas, como las muestras de sentimiento.</translation>
    </message>
    <message>
        <source>Too few examples ({n}) to keep some for the held-out accuracy: add examples or change the held-out fraction.</source>
        <translation>Muy pocos ejemplos ({n}) para reservar algunos para la exactitud de validación: añade ejemplos o cambia la fracción de validación.</translation>
    </message>
    <message>
        <source>The masking probability must be in [0, 1], got {p}.</source>
        <translation>La probabilidad de enmascarado debe estar en [0, 1]; se recibió {p}.</translation>
    </message>
    <message>
        <source>The model id &apos;{model_id}&apos; needs the internet once, and the Hugging Face hub cannot be reached (or offline mode is on) and the model is not in the local cache. Download the model folder on a computer with internet and open the folder.</source>
        <translation>El id de modelo «{model_id}» necesita internet una vez, pero no se puede acceder al hub de Hugging Face (o el modo sin conexión está activado) y el modelo no está en la caché local. Descarga la carpeta del modelo en un ordenador con internet y abre la carpeta.</translation>
    </message>
    <message>
        <source>The Hugging Face hub has no public model &apos;{model_id}&apos; (check the spelling; gated or private models must be downloaded by hand).</source>
        <translation>El hub de Hugging Face no tiene ningún modelo público «{model_id}» (revisa la ortografía; los modelos restringidos o privados deben descargarse a mano).</translation>
    </message>
    <message>
        <source>The model &apos;{model_id}&apos; could not be downloaded: {reason}.</source>
        <translation>No se pudo descargar el modelo «{model_id}»: {reason}.</translation>
    </message>
    <message>
        <source>This model has no trained masked-LM head, so it cannot fill in [MASK]: open a checkpoint saved with its pre-training heads, or pre-train one here.</source>
        <translation>Este modelo no tiene una cabeza de masked LM entrenada, así que no puede rellenar [MASK]: abre un checkpoint guardado con sus cabezas de preentrenamiento o preentrena uno aquí.</translation>
    </message>
    <message>
        <source>Every [MASK] comes after the first {count} tokens, which is all the model reads: shorten the text.</source>
        <translation>Todos los [MASK] van después de los primeros {count} tokens, que es todo lo que lee el modelo: acorta el texto.</translation>
    </message>
    <message>
        <source>Write [MASK] where a word is missing (for example: the man went to the [MASK] to buy a [MASK] of milk), or click a word to mask it.</source>
        <translation>Escribe [MASK] donde falte una palabra (por ejemplo: the man went to the [MASK] to buy a [MASK] of milk) o haz clic en una palabra para enmascararla.</translation>
    </message>
    <message>
        <source>This model has no trained next-sentence head (IsNextSentence / NotNextSentence): open a checkpoint saved with its pre-training heads, or pre-train one here.</source>
        <translation>Este modelo no tiene una cabeza de oración siguiente entrenada (IsNextSentence / NotNextSentence): abre un checkpoint guardado con sus cabezas de preentrenamiento o preentrena uno aquí.</translation>
    </message>
    <message>
        <source>Write both sentence A and sentence B.</source>
        <translation>Escribe la oración A y la oración B.</translation>
    </message>
    <message>
        <source>Unknown preset {preset}: choose one of {choices}.</source>
        <translation>Preajuste desconocido {preset}: elige uno de {choices}.</translation>
    </message>
    <message>
        <source>The setting {name} must be {wanted}, got {value}.</source>
        <translation>El ajuste {name} debe ser {wanted}; se recibió {value}.</translation>
    </message>
    <message>
        <source>Too few documents to keep some aside: the held-out figures come from the training documents.</source>
        <translation>Muy pocos documentos para apartar algunos: las cifras de validación salen de los documentos de entrenamiento.</translation>
    </message>
    <message>
        <source>Pre-training diverged at step {step}: masked-LM loss = {mlm}, next-sentence loss = {nsp}. Try a lower learning rate. The weights from step {good} are kept.</source>
        <translation>El preentrenamiento divergió en el paso {step}: pérdida de masked LM = {mlm}, pérdida de oración siguiente = {nsp}. Prueba una tasa de aprendizaje menor. Se conservan los pesos del paso {good}.</translation>
    </message>
    <message>
        <source>Next-sentence prediction needs documents of two sentences or more, but none of the {documents} documents has more than one sentence. Load a corpus of paragraphs or articles (one document per line, per file or per CSV row), such as the built-in Lee news corpus.</source>
        <translation>La predicción de la oración siguiente necesita documentos de dos oraciones o más, pero ninguno de los {documents} documentos tiene más de una oración. Carga un corpus de párrafos o artículos (un documento por línea, por archivo o por fila de CSV), como el corpus incluido de Noticias Lee.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is a pickled file: it was read with torch&apos;s weights_only=True, so only tensors were loaded and no code in it could run. Prefer model.safetensors.</source>
        <translation>«{file}» es un archivo pickle: se leyó con weights_only=True de torch, así que solo se cargaron tensores y no pudo ejecutarse ningún código suyo. Es preferible model.safetensors.</translation>
    </message>
    <message>
        <source>The folder &apos;{name}&apos; has no PyTorch weights (model.safetensors or pytorch_model.bin); TensorFlow or Flax weights cannot be opened here.</source>
        <translation>La carpeta «{name}» no tiene pesos de PyTorch (model.safetensors o pytorch_model.bin); aquí no se pueden abrir pesos de TensorFlow ni de Flax.</translation>
    </message>
    <message>
        <source>The weight index &apos;{file}&apos; cannot be read: {reason}.</source>
        <translation>No se puede leer el índice de pesos «{file}»: {reason}.</translation>
    </message>
    <message>
        <source>The folder &apos;{name}&apos; lacks weight files listed in &apos;{file}&apos;: {missing}.</source>
        <translation>A la carpeta «{name}» le faltan archivos de pesos listados en «{file}»: {missing}.</translation>
    </message>
    <message>
        <source>The weights file &apos;{file}&apos; in &apos;{name}&apos; is truncated or corrupt ({reason}); download it again.</source>
        <translation>El archivo de pesos «{file}» de «{name}» está truncado o dañado ({reason}); vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; holds more than tensors, and unpickling it could run code, so it was not opened. If you trust its source, convert it to model.safetensors (transformers: from_pretrained, then save_pretrained) and open that.</source>
        <translation>«{file}» contiene más que tensores, y deserializarlo (unpickling) podría ejecutar código, así que no se abrió. Si confías en su origen, conviértelo a model.safetensors (transformers: from_pretrained y luego save_pretrained) y abre ese.</translation>
    </message>
    <message>
        <source>The weights file &apos;{file}&apos; in &apos;{name}&apos; is truncated or corrupt ({reason}).</source>
        <translation>El archivo de pesos «{file}» de «{name}» está truncado o dañado ({reason}).</translation>
    </message>
    <message>
        <source>The WordPiece vocabulary needs at least {least} entries, got {size}.</source>
        <translation>El vocabulario WordPiece necesita al menos {least} entradas; se recibió {size}.</translation>
    </message>
    <message>
        <source>Type a sentence to run the model on.</source>
        <translation>Escribe una oración para ejecutar el modelo sobre ella.</translation>
    </message>
    <message>
        <source>The input has {count} tokens; this view shows at most {most}.</source>
        <translation>La entrada tiene {count} tokens; esta vista muestra como mucho {most}.</translation>
    </message>
    <message>
        <source>T = {length}: longer than any training input ({longest}). The same weights still read it, one step at a time; the model may do worse this far.</source>
        <translation>T = {length}: más larga que cualquier entrada de entrenamiento ({longest}). Los mismos pesos la siguen leyendo, paso a paso; tan lejos, el modelo puede hacerlo peor.</translation>
    </message>
    <message>
        <source>T = {length} steps.</source>
        <translation>T = {length} pasos.</translation>
    </message>
    <message>
        <source>Cannot save a {found} as the task {task} (a {expected}).</source>
        <translation>No se puede guardar un {found} como la tarea {task} (un {expected}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds the task {found}, not {expected}.</source>
        <translation>«{name}» contiene la tarea {found}, no {expected}.</translation>
    </message>
    <message>
        <source>Unknown task {key}: expected one of {keys}.</source>
        <translation>Tarea desconocida {key}: se esperaba una de {keys}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a saved RNN task of this application.</source>
        <translation>«{name}» no es una tarea de RNN guardada por esta aplicación.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a saved task of format version {found}; this version reads {ours}.</source>
        <translation>«{name}» es una tarea guardada con la versión de formato {found}; esta versión lee la {ours}.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; has no tensor {tensor}, which the model of &apos;{json}&apos; needs.</source>
        <translation>«{file}» no tiene el tensor {tensor}, que necesita el modelo de «{json}».</translation>
    </message>
    <message>
        <source>Tensor {tensor} in &apos;{file}&apos; is {found}; the settings in &apos;{json}&apos; give {expected}.</source>
        <translation>El tensor {tensor} de «{file}» es {found}; los ajustes de «{json}» indican {expected}.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; has a tensor {tensor} that the model of &apos;{json}&apos; does not have.</source>
        <translation>«{file}» tiene un tensor {tensor} que el modelo de «{json}» no tiene.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not exist: a saved task needs {files}.</source>
        <translation>«{name}» no existe: una tarea guardada necesita {files}.</translation>
    </message>
    <message>
        <source>Cannot use &apos;{name}&apos;: {reason}.</source>
        <translation>No se puede usar «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged, truncated or not the weights saved with this task. Save the model again.</source>
        <translation>«{name}» está dañado, truncado o no son los pesos guardados con esta tarea. Vuelve a guardar el modelo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has a missing or malformed field {field}.</source>
        <translation>A «{name}» le falta el campo {field} o está mal formado.</translation>
    </message>
    <message>
        <source>The corpus &apos;{name}&apos; has no labels: fine-tuning needs one label per text. Load a CSV with a &apos;label&apos; column, or choose a built-in sentiment sample.</source>
        <translation>El corpus «{name}» no tiene etiquetas: el ajuste fino necesita una etiqueta por texto. Carga un CSV con una columna &apos;label&apos; o elige una muestra de sentimiento incluida.</translation>
    </message>
</context>
</TS>
