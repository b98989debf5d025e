#include "model/session.h"

#include "model/file_io.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <cmath>

namespace regviz {

namespace {

const QString kFormat = QStringLiteral("regviz-session");
constexpr qint64 kMaxSessionBytes = qint64{1024} * 1024;

/// This file's translation context. A free tr() would do at run time, but lupdate would file its
/// strings under the enclosing namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};

/// "gd", "proximal", ...: every optimizer's name, quoted, as a session spells it.
QString optimizerNames()
{
    QStringList names;
    for (const Optimizer optimizer : kAllOptimizers)
        names << QStringLiteral("\"%1\"").arg(QLatin1String(optimizerName(optimizer)));
    return names.join(QStringLiteral(", "));
}

/// Reads fields of one JSON object, remembering the first problem with its dotted field name.
class FieldReader
{
public:
    FieldReader(QJsonObject object, QString prefix, QString *error)
        : m_object(std::move(object)), m_prefix(std::move(prefix)), m_error(error)
    {}

    void real(const char *name, double &target, double min, double max)
    {
        const QJsonValue value = field(name);
        if (value.isUndefined())
            return;
        if (!value.isDouble())
            return fail(name, Text::tr("must be a number"));
        const double v = value.toDouble();
        if (!std::isfinite(v) || v < min || v > max)
            return fail(name, Text::tr("= %1 is outside [%2, %3]").arg(v).arg(min).arg(max));
        target = v;
    }

    void integer(const char *name, qint64 &target, qint64 min, qint64 max)
    {
        const QJsonValue value = field(name);
        if (value.isUndefined())
            return;
        const double v = value.toDouble();
        if (!value.isDouble() || std::trunc(v) != v)
            return fail(name, Text::tr("must be a whole number"));
        if (v < static_cast<double>(min) || v > static_cast<double>(max))
            return fail(name, Text::tr("= %1 is outside [%2, %3]").arg(v).arg(min).arg(max));
        target = static_cast<qint64>(v);
    }

    void boolean(const char *name, bool &target)
    {
        const QJsonValue value = field(name);
        if (value.isUndefined())
            return;
        if (!value.isBool())
            return fail(name, Text::tr("must be true or false"));
        target = value.toBool();
    }

    [[nodiscard]] std::optional<QString> string(const char *name, bool required)
    {
        const QJsonValue value = required ? field(name) : m_object.value(QLatin1String(name));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            fail(name, Text::tr("must be text"));
            return std::nullopt;
        }
        return value.toString();
    }

    [[nodiscard]] std::optional<QJsonObject> object(const char *name)
    {
        const QJsonValue value = field(name);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            fail(name, Text::tr("must be an object"));
            return std::nullopt;
        }
        return value.toObject();
    }

    void fail(const char *name, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = Text::tr("Field \"%1\" %2.").arg(m_prefix + QLatin1String(name), what);
    }

    [[nodiscard]] bool hasField(const char *name) const { return m_object.contains(QLatin1String(name)); }

    [[nodiscard]] QString prefixed(const char *name) const
    {
        return m_prefix + QLatin1String(name) + QLatin1Char('.');
    }

private:
    QJsonValue field(const char *name)
    {
        if (!m_error->isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined())
            fail(name, Text::tr("is missing"));
        return value;
    }

    QJsonObject m_object;
    QString m_prefix;
    QString *m_error;
};

QJsonObject comparisonToJson(const Comparison &c)
{
    QJsonArray names;
    for (const Optimizer optimizer : c.optimizers)
        names.append(QString::fromLatin1(optimizerName(optimizer)));
    return {{QStringLiteral("objective"), QString::fromLatin1(penaltyName(c.objective))},
            {QStringLiteral("optimizers"), names}};
}

/// The "compare" object: the objective and one to four optimizers, none twice.
void readComparison(const QJsonObject &object, FieldReader &r, Comparison &c)
{
    if (const auto name = r.string("objective", true)) {
        if (const auto kind = penaltyFromName(name->toStdString()))
            c.objective = *kind;
        else
            r.fail("objective",
                   Text::tr(R"(must be one of "none", "l1", "l2", "elastic", not "%1")").arg(*name));
    }
    const QJsonValue list = object.value(QLatin1String("optimizers"));
    if (!list.isArray())
        return r.fail("optimizers", Text::tr("must be a list of optimizer names"));
    Comparison read = c;
    read.optimizers.clear();
    for (const QJsonValue &entry : list.toArray()) {
        const auto optimizer = optimizerFromName(entry.toString().toStdString());
        if (!entry.isString() || !optimizer)
            return r.fail("optimizers", Text::tr(R"(must name optimizers from %1, not "%2")")
                                            .arg(optimizerNames(), entry.toVariant().toString()));
        read.optimizers.push_back(*optimizer);
    }
    if (!isValid(read))
        return r.fail("optimizers",
                      Text::tr("must list 1 to %1 optimizers, none twice").arg(Comparison::kMaxOptimizers));
    c = read;
}

} // namespace

QJsonObject paramsToJson(const Params &p)
{
    return {{QStringLiteral("lambda"), p.lambda},
            {QStringLiteral("true_weight"), p.trueWeight},
            {QStringLiteral("noise"), p.noise},
            {QStringLiteral("samples"), p.samples},
            {QStringLiteral("seed"), static_cast<qint64>(p.seed)},
            {QStringLiteral("alpha"), p.alpha},
            {QStringLiteral("w_min"), p.wMin},
            {QStringLiteral("w_max"), p.wMax},
            {QStringLiteral("w_grid"), p.fixedGrid ? QStringLiteral("fixed") : QStringLiteral("automatic")},
            {QStringLiteral("grid_size"), p.gridSize},
            {QStringLiteral("intercept"), p.intercept},
            {QStringLiteral("correlation"), p.correlation},
            {QStringLiteral("second_weight"), p.secondWeight}};
}

QByteArray sessionToJson(const Session &s)
{
    const Params &p = s.params;
    const DescentSettings &d = s.descent;
    QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), Session::kVersion},
        {QStringLiteral("params"), paramsToJson(p)},
        {QStringLiteral("descent"),
         QJsonObject{{QStringLiteral("optimizer"), QString::fromLatin1(optimizerName(d.optimizer))},
                     {QStringLiteral("eta"), d.eta},
                     {QStringLiteral("w0"), d.w0},
                     {QStringLiteral("max_steps"), d.maxSteps},
                     {QStringLiteral("beta"), d.beta},
                     {QStringLiteral("beta2"), d.beta2},
                     {QStringLiteral("epsilon"), d.epsilon},
                     {QStringLiteral("batch"), d.batch},
                     {QStringLiteral("batch_seed"), static_cast<qint64>(d.batchSeed)},
                     {QStringLiteral("weight_decay"), d.weightDecay}}},
        {QStringLiteral("compare"), comparisonToJson(s.comparison)},
        {QStringLiteral("view"), QJsonObject{{QStringLiteral("show_elastic"), s.view.showElastic},
                                             {QStringLiteral("zoom_near_zero"), s.view.zoomNearZero},
                                             {QStringLiteral("sklearn_convention"), s.view.sklearnConvention},
                                             {QStringLiteral("log_path_axis"), s.view.logPathAxis},
                                             {QStringLiteral("page"), s.view.page},
                                             {QStringLiteral("frame"), s.frame}}},
    };
    if (!s.dataFile.isEmpty())
        root.insert(QStringLiteral("data_file"), s.dataFile);
    if (s.features)
        root.insert(QStringLiteral("features"), featureSessionToJson(*s.features));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SessionParse sessionFromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, Text::tr("This is not a RegViz session: the JSON is malformed at byte %1 (%2).")
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString())};
    if (!doc.isObject())
        return {std::nullopt, Text::tr("This is not a RegViz session: the JSON is not an object.")};

    QString error;
    FieldReader root(doc.object(), QString(), &error);
    const std::optional<QString> format = root.string("format", true);
    if (!error.isEmpty())
        return {std::nullopt, error};
    if (format != kFormat)
        return {
            std::nullopt,
            Text::tr(R"(This is not a RegViz session: "format" is "%1", not "%2".)").arg(*format, kFormat)};
    qint64 version = 0;
    root.integer("version", version, 1, std::numeric_limits<int>::max());
    // cppcheck-suppress identicalConditionAfterEarlyExit ; root writes the error through a pointer
    if (!error.isEmpty())
        return {std::nullopt, error};
    if (version > Session::kVersion)
        return {
            std::nullopt,
            Text::tr("This session was saved by a newer RegViz (format version %1; this one reads up to %2).")
                .arg(version)
                .arg(Session::kVersion)};

    Session s;
    if (const auto params = root.object("params")) {
        FieldReader r(*params, root.prefixed("params"), &error);
        Params &p = s.params;
        // Any lambda >= 0 reads; applySession checks it against the range the data give the slider.
        r.real("lambda", p.lambda, limits::lambda.min, limits::lambdaCeiling);
        r.real("true_weight", p.trueWeight, limits::trueWeight.min, limits::trueWeight.max);
        r.real("noise", p.noise, limits::noise.min, limits::noise.max);
        qint64 samples = 0;
        r.integer("samples", samples, limits::samples.min, limits::samples.max);
        qint64 seed = 0;
        r.integer("seed", seed, static_cast<qint64>(limits::seed.min), static_cast<qint64>(limits::seed.max));
        r.real("alpha", p.alpha, limits::alpha.min, limits::alpha.max);
        r.real("w_min", p.wMin, -limits::wLimit, limits::wLimit);
        r.real("w_max", p.wMax, -limits::wLimit, limits::wLimit);
        qint64 grid = 0;
        r.integer("grid_size", grid, limits::gridSize.min, limits::gridSize.max);
        // The 2-D picture's fields came later; sessions without them keep the defaults.
        if (params->contains(QLatin1String("correlation")))
            r.real("correlation", p.correlation, limits::correlation.min, limits::correlation.max);
        if (params->contains(QLatin1String("intercept"))) // came with the intercept; before, none was fitted
            r.boolean("intercept", p.intercept);
        if (params->contains(QLatin1String("second_weight")))
            r.real("second_weight", p.secondWeight, limits::secondWeight.min, limits::secondWeight.max);
        if (error.isEmpty() && !(p.wMin < p.wMax))
            r.fail("w_min", Text::tr("must be less than w_max"));
        // Sessions from before the grid followed the data say nothing: the article's grid, which was all
        // a window could save, follows the data now, and any other (a hand-edited file) stays fixed.
        const std::optional<QString> gridMode = r.string("w_grid", false);
        if (gridMode && *gridMode != QLatin1String("fixed") && *gridMode != QLatin1String("automatic"))
            r.fail("w_grid", Text::tr("must be \"automatic\" or \"fixed\""));
        p.fixedGrid = gridMode ? *gridMode == QLatin1String("fixed")
                               : p.wMin != limits::defaultWMin || p.wMax != limits::defaultWMax;
        p.samples = static_cast<int>(samples);
        p.seed = static_cast<std::uint64_t>(seed);
        p.gridSize = static_cast<int>(grid);
    }
    if (const auto descent = root.object("descent")) {
        FieldReader r(*descent, root.prefixed("descent"), &error);
        DescentSettings &d = s.descent;
        if (const auto name = r.string("optimizer", true)) {
            if (const auto optimizer = optimizerFromName(name->toStdString()))
                d.optimizer = *optimizer;
            else
                r.fail("optimizer", Text::tr(R"(must be one of %1, not "%2")").arg(optimizerNames(), *name));
        }
        r.real("eta", d.eta, limits::etaMin, limits::etaMax);
        r.real("w0", d.w0, -limits::wLimit, limits::wLimit);
        qint64 steps = 0;
        r.integer("max_steps", steps, limits::stepsMin, limits::stepsMax);
        d.maxSteps = static_cast<int>(steps);
        // The settings of momentum, Adam and minibatch SGD came later: sessions without them keep the
        // defaults.
        const auto optional = [&descent](const char *name) {
            return descent->contains(QLatin1String(name));
        };
        if (optional("beta"))
            r.real("beta", d.beta, limits::betaMin, limits::betaMax);
        if (optional("beta2"))
            r.real("beta2", d.beta2, limits::beta2Min, limits::beta2Max);
        if (optional("epsilon"))
            r.real("epsilon", d.epsilon, limits::epsilonMin, limits::epsilonMax);
        if (optional("batch")) {
            qint64 batch = d.batch;
            r.integer("batch", batch, limits::batchMin, limits::samples.max);
            d.batch = static_cast<int>(batch);
        }
        if (optional("batch_seed")) {
            auto batchSeed = static_cast<qint64>(d.batchSeed);
            r.integer("batch_seed", batchSeed, static_cast<qint64>(limits::seed.min),
                      static_cast<qint64>(limits::seed.max));
            d.batchSeed = static_cast<std::uint64_t>(batchSeed);
        }
        if (optional("weight_decay"))
            r.real("weight_decay", d.weightDecay, limits::weightDecayMin, limits::weightDecayMax);
    }
    if (root.hasField("compare")) {
        if (const auto compare = root.object("compare")) {
            FieldReader r(*compare, root.prefixed("compare"), &error);
            readComparison(*compare, r, s.comparison);
        }
    }
    if (const auto view = root.object("view")) {
        FieldReader r(*view, root.prefixed("view"), &error);
        r.boolean("show_elastic", s.view.showElastic);
        r.boolean("zoom_near_zero", s.view.zoomNearZero);
        // Sessions saved before these existed keep the defaults.
        if (view->contains(QLatin1String("sklearn_convention")))
            r.boolean("sklearn_convention", s.view.sklearnConvention);
        if (view->contains(QLatin1String("log_path_axis")))
            r.boolean("log_path_axis", s.view.logPathAxis);
        if (view->contains(QLatin1String("page"))) {
            qint64 page = 0;
            r.integer("page", page, 0, ViewState::kPageCount - 1);
            s.view.page = static_cast<int>(page);
        }
        qint64 frame = 0;
        r.integer("frame", frame, 0, limits::stepsMax);
        s.frame = static_cast<int>(frame);
    }
    if (const auto dataFile = root.string("data_file", false))
        s.dataFile = *dataFile;
    // The feature page came later: optional, and only read when present.
    if (error.isEmpty() && doc.object().contains(QLatin1String("features"))) {
        if (const auto features = root.object("features"))
            s.features = featureSessionFromJson(*features, &error);
    }
    if (!error.isEmpty())
        return {std::nullopt, error};
    return {s, QString()};
}

SessionParse loadSessionFile(const QString &path)
{
    const ReadResult file = readFile(path, kMaxSessionBytes);
    if (file.error)
        return {std::nullopt, *file.error};
    SessionParse parsed = sessionFromJson(file.bytes);
    if (!parsed.session)
        parsed.error = Text::tr("%1: %2").arg(path, parsed.error);
    return parsed;
}

QList<std::pair<QString, QString>> sessionPresets()
{
    return {
        {QStringLiteral(":/presets/article.json"), Text::tr("The article's figure")},
        {QStringLiteral(":/presets/just-past-lambda-c.json"), Text::tr("λ just past λc")},
        {QStringLiteral(":/presets/noisy-data.json"), Text::tr("Noisy data")},
        {QStringLiteral(":/presets/step-too-large.json"), Text::tr("Step size too large")},
    };
}

} // namespace regviz
