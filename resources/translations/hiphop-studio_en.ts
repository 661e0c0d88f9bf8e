<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>hhs::AudioFile</name>
    <message numerus="yes">
        <location filename="../../core/audio/ffmpeg_decoder.cpp" line="+200"/>
        <source>%1 (the stream that is read)</source>
        <comment>an audio stream</comment>
        <translation>
            <numerusform>%1 (the stream that is read)</numerusform>
            <numerusform>%1 (the stream that is read)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::LabelCheck</name>
    <message numerus="yes">
        <location filename="../../core/project/label_check.cpp" line="+235"/>
        <source>Fix %n label problem(s)</source>
        <translation>
            <numerusform>Fix %n label problem</numerusform>
            <numerusform>Fix %n label problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::LabelFiles</name>
    <message numerus="yes">
        <location filename="../../core/project/label_files.cpp" line="+98"/>
        <source>Writing %n region(s)</source>
        <translation>
            <numerusform>Writing %n region</numerusform>
            <numerusform>Writing %n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::Model</name>
    <message numerus="yes">
        <location filename="../../core/ml/model_types.cpp" line="+77"/>
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n epoch</numerusform>
            <numerusform>%n epochs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::Project</name>
    <message numerus="yes">
        <location filename="../../core/project/schema.cpp" line="+193"/>
        <source>the run&apos;s details are damaged (%n byte(s) that do not uncompress)</source>
        <translation>
            <numerusform>the run&apos;s details are damaged (%n byte that does not uncompress)</numerusform>
            <numerusform>the run&apos;s details are damaged (%n bytes that do not uncompress)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::TrainingPreview</name>
    <message numerus="yes">
        <location filename="../../core/ml/training_preview.cpp" line="+45"/>
        <source>%n labelled region(s) are shorter than one segment and are left out.</source>
        <translation>
            <numerusform>%n labelled region is shorter than one segment and is left out.</numerusform>
            <numerusform>%n labelled regions are shorter than one segment and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n region(s) without a class are left out.</source>
        <translation>
            <numerusform>%n region without a class is left out.</numerusform>
            <numerusform>%n regions without a class are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::TrainingRun</name>
    <message numerus="yes">
        <location filename="../../core/ml/training_run.cpp" line="+50"/>
        <source>%1 on every label, %n epoch(s), %2</source>
        <translation>
            <numerusform>%1 on every label, %n epoch, %2</numerusform>
            <numerusform>%1 on every label, %n epochs, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %n epoch(s), %2</source>
        <translation>
            <numerusform>%1, %n epoch, %2</numerusform>
            <numerusform>%1, %n epochs, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::cli</name>
    <message numerus="yes">
        <location filename="../../app/cli/ml_commands.cpp" line="+195"/>
        <source>test_recording_acc=%1 (%n test recordings, each classified by the mean of its segments)
</source>
        <translation>
            <numerusform>test_recording_acc=%1 (%n test recording, each classified by the mean of its segments)
</numerusform>
            <numerusform>test_recording_acc=%1 (%n test recordings, each classified by the mean of its segments)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>the saved model was trained again on every labelled segment for %n epochs; the scores above are the held-out ones measured before
</source>
        <translation>
            <numerusform>the saved model was trained again on every labelled segment for %n epoch; the scores above are the held-out ones measured before
</numerusform>
            <numerusform>the saved model was trained again on every labelled segment for %n epochs; the scores above are the held-out ones measured before
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::ImportLabelsQuestion</name>
    <message numerus="yes">
        <location filename="../../ui/main/import_labels_question.cpp" line="+19"/>
        <source>%1 already has %n labelled region(s). Replace them with the file&apos;s regions, or add the file&apos;s regions beside them?</source>
        <translation>
            <numerusform>%1 already has %n labelled region. Replace them with the file&apos;s regions, or add the file&apos;s regions beside them?</numerusform>
            <numerusform>%1 already has %n labelled regions. Replace them with the file&apos;s regions, or add the file&apos;s regions beside them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n of the imported files carry chapters, as video downloads often do. Make each chapter an unlabelled song named after it?</source>
        <translation>
            <numerusform>%n of the imported files carries chapters, as video downloads often do. Make each chapter an unlabelled song named after it?</numerusform>
            <numerusform>%n of the imported files carry chapters, as video downloads often do. Make each chapter an unlabelled song named after it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::LabelCheckDialog</name>
    <message numerus="yes">
        <location filename="../../ui/main/label_check_dialog.cpp" line="+107"/>
        <source>%n problem(s) found; double-click one to see it.</source>
        <translation>
            <numerusform>%n problem found; double-click one to see it.</numerusform>
            <numerusform>%n problems found; double-click one to see it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.cpp" line="+121"/>
        <source>%1: %n chapter(s)</source>
        <translation>
            <numerusform>%1: %n chapter</numerusform>
            <numerusform>%1: %n chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+205"/>
        <source>%n region(s) written to %1</source>
        <translation>
            <numerusform>%n region written to %1</numerusform>
            <numerusform>%n regions written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::ModelWorkspace</name>
    <message numerus="yes">
        <location filename="../../ui/main/model_workspace.cpp" line="+65"/>
        <source>Predicted %n region(s) into the track&apos;s predicted lane; review them in the Review panel.</source>
        <translation>
            <numerusform>Predicted %n region into the track&apos;s predicted lane; review them in the Review panel.</numerusform>
            <numerusform>Predicted %n regions into the track&apos;s predicted lane; review them in the Review panel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::Player</name>
    <message numerus="yes">
        <location filename="../../ui/playback/player.cpp" line="+52"/>
        <source>Playback ran dry %n time(s) in this play: the machine is busy, the sound carries on where it was.</source>
        <translation>
            <numerusform>Playback ran dry %n time in this play: the machine is busy, the sound carries on where it was.</numerusform>
            <numerusform>Playback ran dry %n times in this play: the machine is busy, the sound carries on where it was.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::PredictionView</name>
    <message numerus="yes">
        <location filename="../../ui/predict/prediction_view.cpp" line="+130"/>
        <source>Model %1 · %2 · %n window(s) · verdict: %3</source>
        <translation>
            <numerusform>Model %1 · %2 · %n window · verdict: %3</numerusform>
            <numerusform>Model %1 · %2 · %n windows · verdict: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::ProjectController</name>
    <message numerus="yes">
        <location filename="../../ui/document/project_jobs.cpp" line="+52"/>
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Importing %n file</numerusform>
            <numerusform>Importing %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Imported %n track(s)</source>
        <translation>
            <numerusform>Imported %n track</numerusform>
            <numerusform>Imported %n tracks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::ReviewPanel</name>
    <message numerus="yes">
        <location filename="../../ui/predict/review_panel.cpp" line="+155"/>
        <source>%n place(s) in %1 where the model disagrees with the labels, most confident first:</source>
        <translation>
            <numerusform>%n place in %1 where the model disagrees with the labels, most confident first:</numerusform>
            <numerusform>%n places in %1 where the model disagrees with the labels, most confident first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::RunsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/train/runs_panel.cpp" line="+120"/>
        <source>%1 % of %n recording(s)</source>
        <translation>
            <numerusform>%1 % of %n recording</numerusform>
            <numerusform>%1 % of %n recordings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::TimelineController</name>
    <message numerus="yes">
        <location filename="../../ui/main/timeline_labelling.cpp" line="+92"/>
        <source>Cut at %n suggested change(s)</source>
        <translation>
            <numerusform>Cut at %n suggested change</numerusform>
            <numerusform>Cut at %n suggested changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::TrackList</name>
    <message numerus="yes">
        <location filename="../../ui/main/track_list.cpp" line="+197"/>
        <source>Remove %1 and its %n labelled region(s) from the project? The audio file stays on disk, and Undo brings the track back while the project is open.</source>
        <translation>
            <numerusform>Remove %1 and its %n labelled region from the project? The audio file stays on disk, and Undo brings the track back while the project is open.</numerusform>
            <numerusform>Remove %1 and its %n labelled regions from the project? The audio file stays on disk, and Undo brings the track back while the project is open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::TracklistDialog</name>
    <message numerus="yes">
        <location filename="../../ui/main/tracklist_dialog.cpp" line="+92"/>
        <source>%n song(s) will be made; %1 line(s) are not read.</source>
        <translation>
            <numerusform>%n song will be made; lines not read: %1.</numerusform>
            <numerusform>%n songs will be made; lines not read: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Make %n Song(s)</source>
        <translation>
            <numerusform>Make %n Song</numerusform>
            <numerusform>Make %n Songs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::TrainPanel</name>
    <message numerus="yes">
        <location filename="../../ui/train/train_panel.cpp" line="+191"/>
        <source>%1 &lt;small&gt;(%n rec.)&lt;/small&gt;</source>
        <translation>
            <numerusform>%1 &lt;small&gt;(%n rec.)&lt;/small&gt;</numerusform>
            <numerusform>%1 &lt;small&gt;(%n rec.)&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Training %1 again on every label for %n epoch(s), as many as the run&apos;s best one…</source>
        <translation>
            <numerusform>Training %1 again on every label for %n epoch, as many as the run&apos;s best one…</numerusform>
            <numerusform>Training %1 again on every label for %n epochs, as many as the run&apos;s best one…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Training %1 for %n epoch(s)…</source>
        <translation>
            <numerusform>Training %1 for %n epoch…</numerusform>
            <numerusform>Training %1 for %n epochs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>&lt;p&gt;&lt;b&gt;Test accuracy %1&lt;/b&gt; (loss %2) on %n segment(s), best epoch %3.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Test accuracy %1&lt;/b&gt; (loss %2) on %n segment, best epoch %3.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Test accuracy %1&lt;/b&gt; (loss %2) on %n segments, best epoch %3.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;By recording %1&lt;/b&gt;: %n held-out recording(s), each classified by the mean of its segments.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;By recording %1&lt;/b&gt;: %n held-out recording, each classified by the mean of its segments.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;By recording %1&lt;/b&gt;: %n held-out recordings, each classified by the mean of its segments.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%1 recognised (%n segment(s)):</source>
        <translation>
            <numerusform>%1 recognised (%n segment):</numerusform>
            <numerusform>%1 recognised (%n segments):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 taken for %2 (%n segment(s)):</source>
        <translation>
            <numerusform>%1 taken for %2 (%n segment):</numerusform>
            <numerusform>%1 taken for %2 (%n segments):</numerusform>
        </translation>
    </message>
</context>
</TS>
