<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnimationExporter</name>
    <message>
        <source>The frame count %1 is outside 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame delay %1 ms is outside 20 to 60000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: an animation needs the extension .gif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write frames to %1: it is not an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the new frames, but cannot remove %1, left from a longer export: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold on the last frame, %1 ms, is outside 20 to 60000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 (compiled against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;See, live, why L1 regularization (lasso) drives a weight to exactly zero while L2 (ridge) only shrinks it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: GPL-3.0-or-later. RegViz is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Compiler: %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version, the Qt, QCustomPlot and compiler it was built with, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this session file (same as the positional argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True weight w of y = w x + σ e, -2 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise standard deviation σ, 0 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of data points n, 2 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic-net mix α, 0 (ridge) to 1 (lasso).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D picture: correlation of the two features, -0.95 to 0.95.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D picture: true weight w2 (w1 is --true-weight), -2 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent step size η, 0.0001 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent start w0, -100 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent step cap, 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent step shown in a still figure (default: the session&apos;s, else 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the elastic-net curve and run too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the regularized panel to w near 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the scene as one JSON object and exit (no display needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --report: include every descent step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the figure to FILE (.png, .pdf or .svg) and exit, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export, --export-gif or --export-frames: only this panel (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure size in pixels (points for PDF), default 1600x1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pixel scale, 0.5 to 4 (2 for high-density screens), default 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the descent run as a looping animated GIF and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the descent run as numbered PNG files into an existing folder and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames in a GIF or frame sequence, 1 to 1000 (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds each GIF frame shows, 20 to 60000 (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the dataset as CSV (x,y) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every curve on the w grid as CSV and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every descent step as CSV and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session file (.json) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegViz: see why L1 regularization drives a weight to exactly zero while L2 only shrinks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window at λ = 0.2 with noisy data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved session and step proximal (ISTA) descent in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the scene, its minimizers and every descent step as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the dashboard as a 3200x2000 PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate 60 frames of proximal descent on the regularized-loss panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit your own (x, y) data and print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be written (an existing one is left untouched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bad or out-of-range option, or an unreadable session or data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;regviz --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (only one session file can be opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session was named twice: &apos;%1&apos; and --session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not WIDTHxHEIGHT with each side in [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export: &apos;%1&apos; must end in .png, .pdf or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-gif: &apos;%1&apos; must end in .gif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--panel, --size and --scale go with --export, --export-gif or --export-frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--frames and --frame-delay go with --export-gif or --export-frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace only goes with --report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report and the --export options cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given %2 times; give each option once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--optimizer: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent optimizer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is outside [%3, %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate-features: &apos;%1&apos; is not KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate-features: structure must be equi or ar1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate-features: %1 = &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate-features: %1 = %2 is not a whole number in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate-features: unknown key &apos;%1&apos; (p, k, rho, structure, sigma, n, seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to the one-weight views; it does not go with data of many features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session file does not go with data of many features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many features need data: --data FILE.csv, --sample diabetes or --generate-features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data, --sample and --generate-features each name the data: give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample: &apos;%1&apos; is not a shipped sample (diabetes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data of many features is analysed with --report, --export-path or --export-cv; the window shows one-weight data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the (x, y) pairs of this CSV file instead of generated data; a file of more columns is a table of features (the last column, or --target, is y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of the dataset (many features: of the folds), 0 to 2147483647.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many features: the shipped diabetes data (Efron et al. 2004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many features with a known sparse truth: p=FEATURES,k=NONZERO,rho=CORRELATION and optionally structure=equi|ar1, sigma, n, seed (e.g. p=20,k=5,rho=0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many features: the column to predict (default: the last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many features: report the article&apos;s 1-D problem of this feature at --lambda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many features: cross-validation folds, 2 to 20 (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many features: penalize the columns as they are, unscaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many features: write the lasso, elastic-net and ridge paths as CSV and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many features: write the cross-validation curve as CSV and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the lasso on the diabetes data and say why it drops or keeps age at λ = 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target: generated data predict y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--feature: &apos;%1&apos; is not a feature of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lambda: %1 is outside [0, %2] (10 × λmax of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare: give 1 to %1 optimizers, none twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare-objective: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum, Nesterov and Adam&apos;s β1, %1 to %2 (default 0.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam and AdamW&apos;s second-moment decay β2, %1 to %2 (default 0.999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam and AdamW&apos;s denominator guard ε, %1 to %2 (default 1e-08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per minibatch of sgd and proximal-sgd, %1 to %2 (at most n; default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW&apos;s extra decoupled weight decay, added to the 2 λ of the w² penalty, %1 to %2 (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizers the compare panel runs side by side, 1 to 4 of %1, comma-separated (default gd,proximal,adam,sgd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective the compare panel runs them on: %1 (default l1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw four optimizers side by side on L1 past λc as one figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--intercept and --no-intercept cannot both be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lambda: %1 is outside [0, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session&apos;s &quot;params.lambda&quot; = %1 is outside [0, %2], the range its data give it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization strength λ, 0 to max(5, 2 λc) of the data (many features: 0 to 10 × λmax of the data, default λ1se of cross-validation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit an intercept (centre x and y): the default for --data and many features, not for the article&apos;s generated data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit no intercept (no centring), for one weight or many features.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The scene&apos;s other settings are restored on generated data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file (%2 MB) does not fit in the memory available (%3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated: p = %1, k = %2, ρ = %3 (%4), σ = %5, n = %6, seed %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambda = %1 is outside [0, %2], the range these data give it (max(5, 2 λc) rounded up)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points imported from %2. Each fitted line is y = w x with the w of its method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points y = w x + σ e with true w = %2 and noise σ = %3. The fitted lines use OLS w = %4, ridge w = %5 and lasso w = %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE(w) = Syy − 2 w Sxy + w² Sxx is a parabola with its minimum at OLS w = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ|w| is a V with the same slope λ = %1 everywhere except at 0; λw² is flat at 0 and steepens away from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regularized losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ridge minimum is w = %1: shrunk by the factor Sxx/(Sxx + λ) = %2, never to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From w₀ = %1 with step η = %2 (%3): the L1 run is %4; the L2 run is %5. Near 0 the L1 penalty keeps pushing with constant strength λ, while the L2 push 2λw fades as w shrinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At w = 0 the slope of MSE + λ|w| jumps over the interval dMSE/dw(0) ± λ = %1 ± %2. When that interval contains 0, w = 0 is the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lasso path reaches exactly 0 at λc = %1 and stays there; the ridge path only approaches 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasso maps every OLS value within ±%1 to exactly 0 (the dead band) and moves the rest toward 0 by that amount; ridge multiplies every OLS value by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every x is 0, so there is no OLS value to shrink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling variability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 fresh samples the lasso estimate is exactly 0 %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2-D picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two features correlated at ρ = %1, the L1 budget is a diamond whose corners lie on the axes: the contour of the MSE often first touches it at a corner, where a weight is exactly 0. The L2 budget is a disc with no corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every x is 0: w is not identifiable from the data (Sxx = 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ = %1 ≥ λc = %2: the L1 minimum is exactly 0 (snapped to zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ = %1 &lt; λc = %2: the L1 minimum is not 0 yet; it reaches 0 at λ = λc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged in %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still moving after %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oscillating in [%1, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged at step %1 (η &gt; η_max = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged at step %1 (η = %2, close to η_max = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2 · %3 · λ = %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here:&lt;/b&gt; every x is 0, so w cannot be fitted; import other data or go back to generated data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here:&lt;/b&gt; λ = %1 is past λc = %2, so the L1 minimum sits at exactly 0. Drag the λ slider left, below λc: the L1 minimum leaves 0, while the L2 minimum moves smoothly all the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here:&lt;/b&gt; drag the λ slider right, past λc = %1: the L1 minimum snaps to exactly 0 there, while the L2 minimum only shrinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient (subgradient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISTA (proximal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy-ball momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minibatch SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FISTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proximal SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly 0 from step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never exactly 0 (last w = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends at w = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgradient steps of fixed size η = %1 jump over 0 instead of stopping on it: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step soft-thresholds by η λ, so once |w| is within that of 0 it is set to exactly 0: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step that would cross 0 stops at 0 and stays while 0 is optimal: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity (β = %1) carries w past 0, so it swings around 0 in a wider band than plain subgradient descent: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam divides by the gradient&apos;s size, so every step is about η = %1 however close w is to 0, and the L1 subgradient keeps flipping sign: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW takes Adam&apos;s steps on MSE + λ|w| and shrinks w by η d separately; its fixed point is w = %1, not the ridge minimizer: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step sees one minibatch of %1 rows, whose gradient differs from the full one, so w keeps moving around 0: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISTA&apos;s soft-thresholding from a momentum point: fast, and it lands on exactly 0: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft-thresholding on one minibatch of %1 rows at a time: w is exactly 0 whenever 0 is optimal for the batch: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each optimizer on L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From w₀ = %1 with step η = %2 for %3 steps at most (Compare optimizers shows up to four of them side by side):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size η set to %1: these data are stable only below η = %2 (η was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η = %1 diverges on these data (stable below η = %2): try η = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureAnalysis</name>
    <message>
        <source>the number of folds %1 is outside %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 folds need at least %1 rows; the data have %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the elastic-net mix α = %1 is outside 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lambda grid needs at least 2 points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureController</name>
    <message>
        <source>%1 has no feature column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>Unknown panel &quot;%1&quot;; the panels are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure size %1x%2 is outside %3 to %4 pixels per side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale %1 is outside %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: the extension must be .png, .pdf or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG generator could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegViz figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by RegViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GifWriter</name>
    <message>
        <source>GIF encoder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF encoder: not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF encoder: colour quantization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF encoder: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotStyle</name>
    <message>
        <source>dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dash-dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dash-dot-dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 is outside [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a RegViz session: the JSON is malformed at byte %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a RegViz session: the JSON is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a RegViz session: &quot;format&quot; is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was saved by a newer RegViz (format version %1; this one reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be less than w_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ just past λc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noisy data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1%2&quot; must be a number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1generator&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1data_file&quot; must name the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of &quot;none&quot;, &quot;l1&quot;, &quot;l2&quot;, &quot;elastic&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of optimizer names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name optimizers from %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list 1 to %1 optimizers, none twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;automatic&quot; or &quot;fixed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::AppearanceActions</name>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour-blind-safe colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on a light background, whatever the desktop uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on a dark background, plots included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okabe–Ito colours: L1 blue, L2 vermillion or orange, elastic net green; told apart with any colour vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours for the window and the plots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::CoefficientBarsPanel</name>
    <message>
        <source>lasso keeps %1 of %2 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 of the %2 true ones, %3 false positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficients at this λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elastic net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coefficient (standardized features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · lasso %2 · ridge %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · true %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (original scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::CoefficientPathPanel</name>
    <message>
        <source>Coefficient paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry or exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-zero lasso coefficients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which penalty&apos;s paths to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coefficient (standardized features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · λ = %2 · coefficient = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::CompareControls</name>
    <message>
        <source>Compare optimizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE (no penalty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 (lasso)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 (ridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective every compared optimizer minimizes, from the same w₀ and η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer %1 of up to %2 on the Compare optimizers page; each is drawn once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared optimizer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::ComparePanel</name>
    <message>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE + λ|w| (L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE + λw² (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elastic net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare optimizers: w at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 0 at step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 w = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::ControlPanel</name>
    <message>
        <source>λ (regularization strength)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True weight w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic-net mix α (0 = L2, 1 = L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature correlation ρ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second true weight w₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start w₀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ multiplies the penalty: F(w) = MSE(w) + λ P(w)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight that generates the data, y = w x + σ e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation σ of the noise added to y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of data points n (logarithmic slider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic net: P = α|w| + (1 − α)w²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient-descent step size η (logarithmic slider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where every descent run starts; click a loss plot to set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (%1 to %2): the same seed and n always draw the same data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new dataset (next seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step cap of every descent run (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D picture: correlation of the two features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D picture: the true weight of the second feature (the first is w)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Imported data: the true weight, noise, n and seed do not apply. File ▸ Back to generated data restores them.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;scikit-learn: Lasso(alpha=%1), Ridge(alpha=%2), ElasticNet(alpha=%3, l1_ratio=%4) · glmnet: lambda=%3, alpha=%4&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum β (Adam&apos;s β₁)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam ε, as log₁₀ ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minibatch size b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum and Nesterov: v ← β v + g. Adam and AdamW: decay β₁ of the gradient average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam and AdamW: decay of the average of g², which scales each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam and AdamW: ε = 10^value guards the division by √v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minibatch SGD and proximal SGD: rows per batch, up to n (logarithmic slider); b = n is full-batch descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW: decoupled decay w ← w (1 − η d), d = 2 λ of the w² penalty plus this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How descent moves w: subgradient, momentum, adaptive and minibatch steps hover around 0 on L1; clipping and the proximal steps land on 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proximal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit an intercept (centre x and y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F(b, w) = (1/n) Σ (yᵢ − b − w xᵢ)² + λ P(w), b unpenalized: every formula in w then reads the centred x and y, and b = ȳ − w x̄. On for imported data, off for the article&apos;s y = w x</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::CoordinatePanel</name>
    <message>
        <source>%1 is constant: its coefficient is 0 at every λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|Sxy_%1| = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ/2 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt; %2: %3 stays in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≤ %2: the L1 minimum is exactly 0, so the lasso drops %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s picture for one feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial-residual MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE + λ|w| (L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE + λw² (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature whose coordinate update is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w_%1 (standardized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w_%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1: w = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2: w = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = %1 · MSE = %2 · MSE+L1 = %3 · MSE+L2 = %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::CvPanel</name>
    <message>
        <source>Cross-validation (lasso)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to λmin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to λ1se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean test MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± one standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set λ to the one with the smallest mean test MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set λ to the largest one within one standard error of the best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λmin = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ1se = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ = %1 · mean test MSE = %2 ± %3 (%4 folds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::Dashboard</name>
    <message>
        <source>The article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old way / new way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of plots; Ctrl+Tab goes to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s six panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient, regularization path, shrinkage and sampling variability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classic 2-D picture beside the 1-D one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasso, ridge and elastic-net paths, cross-validation and the article&apos;s picture for each feature of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare optimizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to four optimizers on the same objective, start and step size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::DataPanel</name>
    <message>
        <source>1 · Data: y = w x + noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ridge (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasso (L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data (%1 of %2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data (%1 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = %1 · slopes: true %2, OLS %3, ridge %4, lasso %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::DescentActions</name>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the descent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back one descent step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward one descent step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the start of the descent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent frame: drag to scrub through the steps, from 0 to the step cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed in steps per second (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::DescentPanel</name>
    <message>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elastic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 · Gradient descent: w at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 w = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::DocumentActions</name>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;generated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export descent &amp;animation (GIF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export descent &amp;frames (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves on the grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every parameter and view choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use (x, y) pairs from a CSV file instead of generated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the imported data and draw from the generator again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard or one panel as PNG, PDF or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the descent run as a looping GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the descent run as numbered PNG files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the dashboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the (x, y) data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every curve on the w grid as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every step of the descent runs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenes that show one idea each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions opened or saved lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the preset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data, the curves or the descent runs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegViz sessions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to generated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diabetes (Efron et al. 2004)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>442 patients, 10 measurements: open them on the feature-selection page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables of many features that ship with RegViz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::ExportDialog</name>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export descent animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours as on screen (dark theme: dark figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole dashboard (the article&apos;s six panels) or one panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure width in pixels (points for PDF), %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure height in pixels (points for PDF), %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames in the animation, 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time each frame shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: black on white, for print and slides. On: the window&apos;s colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pixels per logical pixel (%1 to %2): 2 gives a crisp figure on high-density screens and slides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::FeatureControls</name>
    <message>
        <source>λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardize features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit an intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization strength of every panel on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale every feature to unit variance before penalizing (as glmnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit an unpenalized intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k of k-fold cross-validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column the others predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-zero k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ρ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a table whose first k features carry the truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows × %3 features, target %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::FeaturePlotPanel</name>
    <message>
        <source>λ (log scale, decreasing →: features enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::FirstRunHint</name>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this tip for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the tip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::GradientPanel</name>
    <message>
        <source>Gradient: dF/dw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dMSE/dw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d(MSE + λ|w|)/dw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d(MSE + λw²)/dw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d(MSE + elastic)/dw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = %1 · dMSE/dw = %2 · L1 push = %3 · L2 push = %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::HoverReadout</name>
    <message>
        <source>Hover the plot to read values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::MainWindow</name>
    <message>
        <source>RegViz: L1 vs L2 regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots: Space plays the descent, ← → step it, Home resets it; click a loss plot to start descent there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag λ past λc and watch the L1 minimum snap to exactly 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new dataset with the next seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every parameter back to the article&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain every panel with the current numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit RegViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RegViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licence and libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – RegViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RegViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space plays or pauses the descent runs, Left and Right step them, Home resets them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed forms and descent runs of the scene, from the same core as the plots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::MsePanel</name>
    <message>
        <source>2 · Loss: MSE(w)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = %1 · MSE = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::NumbersPanel</name>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE + L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE + L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elastic net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether L1 has snapped to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(x²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(x y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(y²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact minimizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ridge (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasso (L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 |Sxy|: lasso is exactly 0 for λ ≥ λc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λc elastic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minima found on the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElasticNet alpha = glmnet λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l1_ratio = glmnet α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent (%1, η = %2, w₀ = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · step %2/%3: w = %4, F = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b of OLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b of ridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b of lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same fit in scikit-learn / glmnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an intercept: F(b, w) = (1/n) Σ (yᵢ − b − w xᵢ)² + λ P(w), b = ȳ − w x̄; Sxx, Sxy and Syy are of the centred x and y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intercept: F(w) = (1/n) Σ (yᵢ − w xᵢ)² + λ P(w)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest value on the grid is at its end: the minimum lies beyond the grid, so this is not it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::ParamSlider</name>
    <message>
        <source>%1 to %2, default %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Range %2. Double-click the slider to reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::PathPanel</name>
    <message>
        <source>Regularization path: w*(λ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasso (L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ridge (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elastic net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log λ axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show λ on a logarithmic axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λc = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ = %1 · lasso %2 · ridge %3 · elastic %4 (click or drag to set λ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::PenaltyPanel</name>
    <message>
        <source>3 · L1 penalty: λ|w|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · L2 penalty: λw²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ|w|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λw²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = %1 · %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::PlotPanel</name>
    <message>
        <source>%1: values at the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::RegularizedPanel</name>
    <message>
        <source>L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · Regularized loss: MSE + λP(w)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE + λ|w| (L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE + λw² (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE + elastic net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom near w = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a narrow window around w = 0, where subgradient descent zig-zags and the proximal step lands on exactly 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: w = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = %1 · MSE = %2 · MSE+L1 = %3 · MSE+L2 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · MSE+EN = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::ResamplingPanel</name>
    <message>
        <source>Sampling variability: estimates from %1 fresh samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasso estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ridge estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Resample %1 times” to draw fresh samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resample %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw %1 fresh datasets with the same n, true weight and noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported data cannot be resampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ = %1: the lasso estimate is exactly 0 in %2 of %3 samples, the ridge estimate in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = %1 · %2 of %3 lasso estimates are ≤ w</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::SceneHistory</name>
    <message>
        <source>λ change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true weight change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ρ change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₂ change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₀ change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step cap change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₂ change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch seed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight decay change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intercept change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every menu command that has a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a focused control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a slider by a large step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a slider to its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous control (the tool bar and the exact numbers too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the descent, whatever has the focus but a button or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a focused button, open a focused list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a slider or spin box by a small step (not descent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slider to its lowest or highest value (not descent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::ShrinkagePanel</name>
    <message>
        <source>Shrinkage: regularized w against OLS w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shrinkage (w = OLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasso: soft threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ridge: Sxx/(Sxx + λ) · OLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elastic net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLS w = Sxy/Sxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularized w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every x is 0: there is no OLS solution to shrink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLS w = %1 · lasso %2 · ridge %3 · dead band ±%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::TwoDPanel</name>
    <message>
        <source>The classic 2-D picture: MSE contours, L1 diamond, L2 disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 budget |w1| + |w2| ≤ t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 budget w1² + w2² ≤ r²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₁ = %1 · lasso (%2, %3), budget t = %4 · ridge (%5, %6), radius r = %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · L1 sets %n weight(s) to exactly 0</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>coordinate descent (L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show proximal (L1), gradient (L2) and coordinate descent (L1, one axis at a time) from (w₀, w₀)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regviz::ViewActions</name>
    <message>
        <source>Show &amp;elastic net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the elastic-net curve and run too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom near w = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the regularized plots to w ≈ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scikit-learn &amp;convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label λ with scikit-learn&apos;s and glmnet&apos;s parameters as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gradient view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization &amp;path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shrinkage operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling &amp;variability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic &amp;2-D picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
