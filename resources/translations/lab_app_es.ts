<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <name>CurvePlot</name>
    <message>
        <source>Press Start to train</source>
        <translation>Pulsa Iniciar para entrenar</translation>
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
        <source>Word embeddings</source>
        <translation>Embeddings de palabras</translation>
    </message>
    <message>
        <source>&lt;p&gt;Similar words occur in similar contexts. From counts to predictions:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;term–document and word–word matrices, tf-idf and PPMI (sparse vectors)&lt;/li&gt;&lt;li&gt;word2vec skip-gram with negative sampling (dense vectors)&lt;/li&gt;&lt;li&gt;2-D maps (PCA, t-SNE, UMAP), analogies (king − man + woman ≈ queen)&lt;/li&gt;&lt;li&gt;time slices: how a word&apos;s meaning shifts&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Palabras parecidas aparecen en contextos parecidos. De contar a predecir:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;matrices término-documento y palabra-palabra, tf-idf y PPMI (vectores dispersos)&lt;/li&gt;&lt;li&gt;word2vec skip-gram con muestreo negativo (vectores densos)&lt;/li&gt;&lt;li&gt;mapas 2D (PCA, t-SNE, UMAP), analogías (rey − hombre + mujer ≈ reina)&lt;/li&gt;&lt;li&gt;«Tiempo»: cómo cambia el significado de una palabra&lt;/li&gt;&lt;/ul&gt;</translation>
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
</context>
</TS>
