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
    <name>Placeholder</name>
    <message>
        <source>This tab is being built. Meanwhile, load a corpus in the Corpus tab: every tab will use it.</source>
        <translation>Esta pestaña está en construcción. Mientras tanto, carga un corpus en la pestaña Corpus: todas las pestañas lo usarán.</translation>
    </message>
    <message>
        <source>Recurrent networks</source>
        <translation>Redes recurrentes</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN reads input of any length, keeps a memory h&lt;sub&gt;t&lt;/sub&gt; of what it has seen, and its size does not grow with the input.&lt;/p&gt;&lt;table cellpadding=&apos;6&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Architecture&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Example&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;one to one&lt;/td&gt;&lt;td&gt;a traditional network&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;one to many&lt;/td&gt;&lt;td&gt;text generation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;many to one&lt;/td&gt;&lt;td&gt;sentiment analysis&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;many to many (x = y)&lt;/td&gt;&lt;td&gt;part-of-speech tagging&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;many to many (x ≠ y)&lt;/td&gt;&lt;td&gt;machine translation&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Una RNN lee entradas de cualquier longitud, guarda una memoria h&lt;sub&gt;t&lt;/sub&gt; de lo que ha visto y su tamaño no crece con la entrada.&lt;/p&gt;&lt;table cellpadding=&apos;6&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Arquitectura&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Ejemplo&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;uno a uno&lt;/td&gt;&lt;td&gt;una red tradicional&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;uno a muchos&lt;/td&gt;&lt;td&gt;generación de texto&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;muchos a uno&lt;/td&gt;&lt;td&gt;análisis de sentimiento&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;muchos a muchos (x = y)&lt;/td&gt;&lt;td&gt;etiquetado gramatical&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;muchos a muchos (x ≠ y)&lt;/td&gt;&lt;td&gt;traducción automática&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>BERT</source>
        <translation>BERT</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pre-train a language model on raw text, then fine-tune it with little labelled data.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;WordPiece tokens; input = token + segment + position embeddings&lt;/li&gt;&lt;li&gt;masked language model: predict 15% of hidden tokens&lt;/li&gt;&lt;li&gt;next sentence prediction: IsNextSentence / NotNextSentence&lt;/li&gt;&lt;li&gt;attention heatmaps per layer and head; fine-tuning with one extra layer&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Preentrenar un modelo de lenguaje con texto sin anotar y después ajustarlo con pocos datos etiquetados.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;tokens WordPiece; entrada = embedding de token + de segmento + de posición&lt;/li&gt;&lt;li&gt;modelo de lenguaje enmascarado: predecir el 15 % de los tokens ocultos&lt;/li&gt;&lt;li&gt;predicción de la oración siguiente (next sentence prediction): IsNextSentence / NotNextSentence&lt;/li&gt;&lt;li&gt;mapas de calor de la atención por capa y cabeza; ajuste fino con una capa extra&lt;/li&gt;&lt;/ul&gt;</translation>
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
        <source>Overview</source>
        <translation>Resumen</translation>
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
        <source>Quiz time!</source>
        <translation>¡Hora del quiz!</translation>
    </message>
    <message>
        <source>BERT</source>
        <translation>BERT</translation>
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
</context>
</TS>
