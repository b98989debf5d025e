#pragma once

#include "model/animation_options.h"
#include "model/data_export.h"
#include "model/session.h"
#include "model/workspace.h"

#include <QObject>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;

namespace regviz {

class Dashboard;
class ExportService;

/// The File menu: sessions (open, save, presets, recent files), data import and export, and figure
/// export. Each action asks for a file with a dialog and then calls the matching public function, which
/// tests call directly. Problems are shown in a message box and announced with problemShown(); the scene
/// is left as it was.
class DocumentActions : public QObject
{
    Q_OBJECT

public:
    /// The actions open and save `workspace`'s scene, draw figures with `dashboard` and show their
    /// dialogs and messages over `window`.
    DocumentActions(const Workspace &workspace, const Dashboard *dashboard, QMainWindow *window);
    ~DocumentActions() override;

    /// Adds every file action to the menu.
    void populateMenu(QMenu *file);

    [[nodiscard]] QString currentFile() const { return m_currentFile; }
    [[nodiscard]] QMenu *presetsMenu() const { return m_presets; }

public Q_SLOTS:
    bool openFile(const QString &path);
    bool saveTo(const QString &path);
    bool importData(const QString &path);
    /// Opens a table of many features (a CSV of more than two columns, or the diabetes sample) on the
    /// feature-selection page; it is analysed in the background.
    void openFeatureTable(const QString &path);
    void clearImportedData();
    bool exportFigureTo(const QString &path, const regviz::FigureOptions &options);
    bool exportGifTo(const QString &path, const regviz::AnimationOptions &options);
    bool exportFramesTo(const QString &folder, const regviz::AnimationOptions &options);
    bool exportDataTo(const QString &path, regviz::DataExport kind);
    void copyFigure();

Q_SIGNALS:
    void currentFileChanged(const QString &path);
    void problemShown(const QString &message);

private:
    void open();
    void save();
    void saveAs();
    void askImportData();
    void askExportFigure();
    void askExportGif();
    void askExportFrames();
    void askExportData(regviz::DataExport kind);
    /// Opens a session as one undoable step called `step`.
    [[nodiscard]] std::optional<QString> openRecorded(const QString &step, const regviz::Session &session);
    void rebuildRecentMenu();
    void rememberRecent(const QString &path);
    void setCurrentFile(const QString &path);
    void showProblem(const QString &title, const QString &message);
    [[nodiscard]] QString askSavePath(const QString &title, const QString &suggestedName,
                                      const QString &filter);
    [[nodiscard]] static QString startFolder();
    static void rememberFolder(const QString &path);

    Workspace m_workspace;
    const Dashboard *m_dashboard;
    QMainWindow *m_window;
    std::unique_ptr<ExportService> m_exports;
    QString m_currentFile;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_import;
    QAction *m_clearImport;
    QAction *m_exportFigure;
    QAction *m_exportGif;
    QAction *m_exportFrames;
    QAction *m_exportDataset;
    QAction *m_exportCurves;
    QAction *m_exportTrace;
    QAction *m_copyFigure;
    QAction *m_openDiabetes;
    QMenu *m_presets;
    QMenu *m_recent;
};

} // namespace regviz
