#include "ui/actions/document_actions.h"

#include "model/feature_controller.h"
#include "model/file_io.h"
#include "model/scene_controller.h"
#include "model/scene_history.h"
#include "model/scene_setup.h"
#include "model/settings_keys.h"
#include "model/view_state.h"
#include "ui/export/export_dialog.h"
#include "ui/export/export_service.h"
#include "ui/features/feature_page.h"
#include "ui/plots/dashboard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace regviz {

namespace {
constexpr int kMaxRecentFiles = 8;
QString sessionFilter()
{
    return DocumentActions::tr("RegViz sessions (*.json)");
}

QString csvFilter()
{
    return DocumentActions::tr("CSV files (*.csv)");
}
} // namespace

DocumentActions::DocumentActions(const Workspace &workspace, const Dashboard *dashboard, QMainWindow *window)
    : QObject(window), m_workspace(workspace), m_dashboard(dashboard), m_window(window),
      m_exports(std::make_unique<ExportService>(dashboard, workspace.player, workspace.controller)),
      m_open(new QAction(tr("&Open session…"), this)), m_save(new QAction(tr("&Save session"), this)),
      m_saveAs(new QAction(tr("Save session &as…"), this)),
      m_import(new QAction(tr("&Import data (CSV)…"), this)),
      m_clearImport(new QAction(tr("Back to &generated data"), this)),
      m_exportFigure(new QAction(tr("&Export figure…"), this)),
      m_exportGif(new QAction(tr("Export descent &animation (GIF)…"), this)),
      m_exportFrames(new QAction(tr("Export descent &frames (PNG)…"), this)),
      m_exportDataset(new QAction(tr("Dataset…"), this)),
      m_exportCurves(new QAction(tr("Curves on the grid…"), this)),
      m_exportTrace(new QAction(tr("Descent trace…"), this)),
      m_copyFigure(new QAction(tr("&Copy figure"), this)),
      m_openDiabetes(new QAction(tr("&Diabetes (Efron et al. 2004)"), this)),
      m_presets(new QMenu(tr("&Presets"), window)), m_recent(new QMenu(tr("Open &recent"), window))
{
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_exportFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_copyFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_open->setStatusTip(tr("Open a saved session"));
    m_save->setStatusTip(tr("Save every parameter and view choice"));
    m_saveAs->setStatusTip(tr("Save the session under a new name"));
    m_import->setStatusTip(tr("Use (x, y) pairs from a CSV file instead of generated data"));
    m_clearImport->setStatusTip(tr("Forget the imported data and draw from the generator again"));
    m_exportFigure->setStatusTip(tr("Save the dashboard or one panel as PNG, PDF or SVG"));
    m_exportGif->setStatusTip(tr("Save the descent run as a looping GIF"));
    m_exportFrames->setStatusTip(tr("Save the descent run as numbered PNG files"));
    m_copyFigure->setStatusTip(tr("Copy the dashboard as an image"));
    m_exportDataset->setStatusTip(tr("Save the (x, y) data as CSV"));
    m_exportCurves->setStatusTip(tr("Save every curve on the w grid as CSV"));
    m_exportTrace->setStatusTip(tr("Save every step of the descent runs as CSV"));
    m_presets->menuAction()->setStatusTip(tr("Scenes that show one idea each"));
    m_recent->menuAction()->setStatusTip(tr("Sessions opened or saved lately"));
    m_clearImport->setEnabled(false);
    for (QAction *action : {m_open, m_save, m_saveAs, m_import, m_exportFigure, m_copyFigure})
        window->addAction(action);

    connect(m_open, &QAction::triggered, this, &DocumentActions::open);
    connect(m_save, &QAction::triggered, this, &DocumentActions::save);
    connect(m_saveAs, &QAction::triggered, this, &DocumentActions::saveAs);
    connect(m_import, &QAction::triggered, this, &DocumentActions::askImportData);
    connect(m_clearImport, &QAction::triggered, this, &DocumentActions::clearImportedData);
    connect(m_exportFigure, &QAction::triggered, this, &DocumentActions::askExportFigure);
    connect(m_exportGif, &QAction::triggered, this, &DocumentActions::askExportGif);
    connect(m_exportFrames, &QAction::triggered, this, &DocumentActions::askExportFrames);
    connect(m_exportDataset, &QAction::triggered, this, [this] { askExportData(DataExport::Dataset); });
    connect(m_exportCurves, &QAction::triggered, this, [this] { askExportData(DataExport::Curves); });
    connect(m_exportTrace, &QAction::triggered, this, [this] { askExportData(DataExport::Trace); });
    connect(m_copyFigure, &QAction::triggered, this, &DocumentActions::copyFigure);
    m_openDiabetes->setStatusTip(
        tr("442 patients, 10 measurements: open them on the feature-selection page"));
    connect(m_openDiabetes, &QAction::triggered, this,
            [this] { openFeatureTable(QString::fromLatin1(kDiabetesResource)); });
    connect(dashboard->featurePage()->controller(), &FeatureController::failed, this,
            [this](const QString &message) { showProblem(tr("Open table"), message); });
    connect(workspace.controller, &SceneController::dataSourceChanged, m_clearImport, &QAction::setEnabled);

    for (const auto &[path, title] : sessionPresets()) {
        QAction *preset = m_presets->addAction(title);
        preset->setStatusTip(tr("Open the preset “%1”").arg(title));
        connect(preset, &QAction::triggered, this, [this, file = path, name = title] {
            const SessionParse parsed = loadSessionFile(file);
            if (!parsed.session)
                return showProblem(tr("Preset"), parsed.error);
            if (const auto error = openRecorded(tr("preset “%1”").arg(name), *parsed.session))
                showProblem(tr("Preset"), *error);
        });
    }
    rebuildRecentMenu();
}

DocumentActions::~DocumentActions() = default;

void DocumentActions::populateMenu(QMenu *file)
{
    file->addAction(m_open);
    file->addMenu(m_recent);
    file->addMenu(m_presets);
    QMenu *samples = file->addMenu(tr("Open &sample"));
    samples->menuAction()->setStatusTip(tr("Tables of many features that ship with RegViz"));
    samples->addAction(m_openDiabetes);
    file->addAction(m_save);
    file->addAction(m_saveAs);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_clearImport);
    QMenu *data = file->addMenu(tr("Export &data (CSV)"));
    data->menuAction()->setStatusTip(tr("Save the data, the curves or the descent runs as CSV"));
    data->addActions({m_exportDataset, m_exportCurves, m_exportTrace});
    file->addSeparator();
    file->addAction(m_exportFigure);
    file->addAction(m_exportGif);
    file->addAction(m_exportFrames);
    file->addAction(m_copyFigure);
}

bool DocumentActions::openFile(const QString &path)
{
    const SessionParse parsed = loadSessionFile(path);
    if (!parsed.session) {
        showProblem(tr("Open session"), parsed.error);
        return false;
    }
    if (const auto error =
            openRecorded(tr("open session %1").arg(QFileInfo(path).fileName()), *parsed.session)) {
        showProblem(tr("Open session"), *error);
        return false;
    }
    setCurrentFile(path);
    rememberRecent(path);
    return true;
}

bool DocumentActions::saveTo(const QString &path)
{
    if (const auto error = writeFileAtomically(path, sessionToJson(m_workspace.currentSession()))) {
        showProblem(tr("Save session"), *error);
        return false;
    }
    setCurrentFile(path);
    rememberRecent(path);
    return true;
}

void DocumentActions::openFeatureTable(const QString &path)
{
    FeatureController *features = m_dashboard->featurePage()->controller();
    FeatureSource source;
    source.file = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).absoluteFilePath();
    features->open(source, features->options());
    m_workspace.view->setPage(ViewState::kPageCount - 1);
}

bool DocumentActions::importData(const QString &path)
{
    if (csvColumnCount(path) > 2) {
        openFeatureTable(path);
        rememberFolder(path);
        return true;
    }
    DataImport imported = importCsvFile(path);
    if (!imported.data) {
        showProblem(tr("Import data"), imported.error);
        return false;
    }
    m_workspace.history->record(tr("import %1").arg(QFileInfo(path).fileName()), [&] {
        m_workspace.controller->setIntercept(true);
        m_workspace.controller->setImportedData(std::move(imported.data), path, /*pickStableStep=*/true);
    });
    rememberFolder(path);
    return true;
}

void DocumentActions::clearImportedData()
{
    m_workspace.history->record(tr("back to generated data"), [this] {
        m_workspace.controller->setIntercept(false);
        m_workspace.controller->clearImportedData();
    });
}

std::optional<QString> DocumentActions::openRecorded(const QString &step, const Session &session)
{
    Workspace::Opened opened;
    // A file the user opens is refused whole when its data cannot be read: the scene on screen stays.
    m_workspace.history->record(step,
                                [&] { opened = m_workspace.openSession(session, MissingData::Refuse); });
    if (!opened.opened)
        return opened.message;
    return std::nullopt;
}

bool DocumentActions::exportFigureTo(const QString &path, const FigureOptions &options)
{
    if (const auto error = m_exports->exportFigure(path, options)) {
        showProblem(tr("Export figure"), *error);
        return false;
    }
    return true;
}

bool DocumentActions::exportGifTo(const QString &path, const AnimationOptions &options)
{
    if (const auto error = m_exports->exportGif(path, options)) {
        showProblem(tr("Export animation"), *error);
        return false;
    }
    return true;
}

bool DocumentActions::exportFramesTo(const QString &folder, const AnimationOptions &options)
{
    if (const auto error = m_exports->exportFrames(folder, options)) {
        showProblem(tr("Export frames"), *error);
        return false;
    }
    return true;
}

bool DocumentActions::exportDataTo(const QString &path, DataExport kind)
{
    if (const auto error = m_exports->exportData(path, kind)) {
        showProblem(tr("Export data"), *error);
        return false;
    }
    return true;
}

void DocumentActions::copyFigure()
{
    const FigureOptions options{QString(), m_dashboard->size(), m_window->devicePixelRatioF()};
    QGuiApplication::clipboard()->setImage(m_exports->renderImage(options));
    m_window->statusBar()->showMessage(tr("Figure copied to the clipboard"), 3000);
}

void DocumentActions::open()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open session"), startFolder(), sessionFilter());
    if (!path.isEmpty())
        openFile(path);
}

void DocumentActions::save()
{
    if (m_currentFile.isEmpty())
        saveAs();
    else
        saveTo(m_currentFile);
}

void DocumentActions::saveAs()
{
    const QString path =
        askSavePath(tr("Save session"), QStringLiteral("regviz-session.json"), sessionFilter());
    if (!path.isEmpty())
        saveTo(path);
}

void DocumentActions::askImportData()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import data"), startFolder(), csvFilter());
    if (!path.isEmpty())
        importData(path);
}

void DocumentActions::askExportFigure()
{
    ExportDialog dialog(ExportDialog::Kind::Figure, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = askSavePath(tr("Export figure"), QStringLiteral("regviz.png"),
                                     tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        exportFigureTo(path, dialog.options().figure);
}

void DocumentActions::askExportGif()
{
    ExportDialog dialog(ExportDialog::Kind::Animation, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path =
        askSavePath(tr("Export animation"), QStringLiteral("regviz-descent.gif"), tr("GIF (*.gif)"));
    if (!path.isEmpty())
        exportGifTo(path, dialog.options());
}

void DocumentActions::askExportFrames()
{
    ExportDialog dialog(ExportDialog::Kind::Animation, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder =
        QFileDialog::getExistingDirectory(m_window, tr("Folder for the frames"), startFolder());
    if (!folder.isEmpty())
        exportFramesTo(folder, dialog.options());
}

void DocumentActions::askExportData(DataExport kind)
{
    const QString name = kind == DataExport::Dataset  ? QStringLiteral("regviz-data.csv")
                         : kind == DataExport::Curves ? QStringLiteral("regviz-curves.csv")
                                                      : QStringLiteral("regviz-trace.csv");
    const QString path = askSavePath(tr("Export data"), name, csvFilter());
    if (!path.isEmpty())
        exportDataTo(path, kind);
}

QString DocumentActions::askSavePath(const QString &title, const QString &suggestedName,
                                     const QString &filter)
{
    QString path =
        QFileDialog::getSaveFileName(m_window, title, QDir(startFolder()).filePath(suggestedName), filter);
    if (!path.isEmpty())
        rememberFolder(path);
    return path;
}

QString DocumentActions::startFolder()
{
    const QString remembered = QSettings().value(settings::lastFolder).toString();
    return remembered.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                : remembered;
}

void DocumentActions::rememberFolder(const QString &path)
{
    QSettings().setValue(settings::lastFolder, QFileInfo(path).absolutePath());
}

void DocumentActions::setCurrentFile(const QString &path)
{
    m_currentFile = path;
    rememberFolder(path);
    Q_EMIT currentFileChanged(path);
}

void DocumentActions::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(settings::recentFiles).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(settings::recentFiles, recent);
    rebuildRecentMenu();
}

void DocumentActions::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(settings::recentFiles).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recent->addAction(QFileInfo(path).fileName());
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void DocumentActions::showProblem(const QString &title, const QString &message)
{
    // Not modal-blocking: the message shows, the window (and a test) go on.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT problemShown(message);
}

} // namespace regviz
