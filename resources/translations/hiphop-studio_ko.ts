<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>hhs::About</name>
    <message>
        <location filename="../../core/about/library_versions.cpp" line="+17"/>
        <source>none found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reference BLAS (slow)</source>
        <translation>참조 BLAS (느림)</translation>
    </message>
</context>
<context>
    <name>hhs::AudioFile</name>
    <message>
        <location filename="../../core/audio/audio_file.cpp" line="+83"/>
        <source>%1 is %2 hours long; the studio takes recordings of up to %3 hours</source>
        <translation>%1의 길이는 %2시간입니다. 스튜디오는 최대 %3시간 길이의 녹음만 받습니다</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>its header declares a sample rate of %1 Hz, which is impossible; it must be between %2 and %3 Hz</source>
        <translation>헤더에 적힌 샘플레이트 %1 Hz는 불가능한 값입니다. %2 Hz에서 %3 Hz 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its header declares no channels</source>
        <translation>헤더에 채널이 하나도 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its header is incomplete (for example a sample rate of 0)</source>
        <translation>헤더가 불완전합니다 (예: 샘플레이트가 0)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../core/audio/ffmpeg_decoder.cpp" line="+93"/>
        <source>%1 is not an audio file that can be read: %2</source>
        <translation>%1은(는) 읽을 수 있는 오디오 파일이 아닙니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/audio/ffmpeg_decoder.cpp" line="+120"/>
        <source>%1 declares %2 channels; at most %3 are supported</source>
        <translation>%1에 채널이 %2개로 선언되어 있지만 최대 %3개까지만 지원됩니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/audio/ffmpeg_decoder.cpp" line="+5"/>
        <source>%1 declares a sample rate of %2 Hz; it must be between %3 and %4 Hz</source>
        <translation>%1에 선언된 샘플레이트는 %2 Hz입니다. 샘플레이트는 %3~%4 Hz 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has an invalid length</source>
        <translation>%1의 길이가 올바르지 않습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is truncated: its header promises more audio than the file holds</source>
        <translation>%1이(가) 잘려 있습니다: 헤더에 표시된 것보다 파일에 담긴 오디오가 적습니다</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 could not be read after %2 frames: %3</source>
        <translation>%1을(를) %2 프레임 이후로 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../../core/audio/ffmpeg_decoder.cpp" line="-106"/>
        <source>it has no audio stream</source>
        <translation>오디오 스트림이 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2 audio streams; there is no stream %3</source>
        <translation>%1에는 오디오 스트림이 %2개 있으므로 스트림 %3은(는) 없습니다</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its audio codec (%1) is not supported</source>
        <translation>오디오 코덱(%1)이 지원되지 않습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>out of memory</source>
        <translation>메모리가 부족합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its %1 audio could not be decoded: %2</source>
        <translation>%1 오디오를 디코딩할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its audio stream holds no samples that can be decoded</source>
        <translation>오디오 스트림에 디코딩할 수 있는 샘플이 없습니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2, %3 ch, %4 Hz</source>
        <translation>%1: %2, %3채널, %4 Hz</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 (the stream that is read)</source>
        <comment>an audio stream</comment>
        <translation>
            <numerusform>%1 (읽는 스트림)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is truncated: its container declares %2 s of audio but it breaks off after %3 s (%4)</source>
        <translation>%1이(가) 잘려 있습니다: 컨테이너에 선언된 오디오 길이는 %2 s이지만 %3 s 이후로 끊깁니다 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged after %2 frames: %3</source>
        <translation>%1이(가) %2 프레임 이후로 손상되어 있습니다: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the stream changes its rate or channels midway</source>
        <translation>스트림의 샘플레이트나 채널 수가 중간에 바뀝니다</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 is truncated: its container declares %2 s of audio but only %3 s could be read</source>
        <translation>%1이(가) 잘려 있습니다: 컨테이너에 선언된 오디오 길이는 %2 s이지만 %3 s만 읽을 수 있었습니다</translation>
    </message>
</context>
<context>
    <name>hhs::Database</name>
    <message>
        <location filename="../../core/project/database.cpp" line="+149"/>
        <source>cannot open the project %1: %2</source>
        <translation>프로젝트 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the project %1 is in use by another HipHop Studio or hiphop-cli; try again when it has finished</source>
        <translation>프로젝트 %1을(를) 다른 HipHop Studio 또는 hiphop-cli에서 사용 중입니다. 작업이 끝난 후 다시 시도하십시오</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a HipHop Studio project (not an SQLite database)</source>
        <translation>%1은(는) HipHop Studio 프로젝트가 아닙니다 (SQLite 데이터베이스가 아님)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the project %1 is damaged (SQLite reports corruption); restore it from a backup</source>
        <translation>프로젝트 %1이(가) 손상되었습니다 (SQLite에서 손상을 보고함). 백업에서 복원하십시오</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the disk holding the project %1 is full</source>
        <translation>프로젝트 %1이(가) 있는 디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the project %1 cannot be written (read-only file or folder)</source>
        <translation>프로젝트 %1에 쓸 수 없습니다 (읽기 전용 파일 또는 폴더)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the project %1 (missing folder or no permission)</source>
        <translation>프로젝트 %1을(를) 열 수 없습니다 (폴더가 없거나 권한이 없음)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>project %1: %2</source>
        <translation>프로젝트 %1: %2</translation>
    </message>
</context>
<context>
    <name>hhs::DatasetBuilder</name>
    <message>
        <location filename="../../core/dataset/dataset_builder.cpp" line="+56"/>
        <source>a segment of %1 s is too short for MFCC at %2 Hz</source>
        <translation>%1 s 세그먼트는 %2 Hz에서 MFCC를 계산하기에 너무 짧습니다</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the project has no labelled regions to export</source>
        <translation>프로젝트에 내보낼 라벨이 있는 구간이 없습니다</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Cutting segments</source>
        <translation>세그먼트 자르는 중</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>track %1 is missing: %2 cannot be read (relink it to where the file is now)</source>
        <translation>트랙 %1이(가) 없습니다: %2을(를) 읽을 수 없습니다 (파일이 현재 있는 위치로 다시 연결하십시오)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>track %1 (%2) has changed since it was labelled; relink it to accept the new content</source>
        <translation>트랙 %1 (%2)이(가) 라벨을 단 후에 변경되었습니다. 새 내용을 받아들이려면 다시 연결하십시오</translation>
    </message>
</context>
<context>
    <name>hhs::FeatureParams</name>
    <message>
        <location filename="../../core/features/feature_params.cpp" line="+43"/>
        <source>malformed feature parameters &quot;%1&quot;</source>
        <translation>특징 매개변수 &quot;%1&quot;의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown feature parameter &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>&quot;%2&quot;에 알 수 없는 특징 매개변수 &quot;%1&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sample rate %1 Hz is outside 1000..384000</source>
        <translation>샘플레이트 %1 Hz가 1000..384000 범위를 벗어납니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n_fft %1 is outside 16..65536</source>
        <translation>n_fft %1이(가) 16..65536 범위를 벗어납니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hop length %1 must be between 1 and n_fft (%2)</source>
        <translation>홉 길이 %1은(는) 1에서 n_fft(%2) 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>n_mels %1 must be between 1 and n_fft/2+1 (%2)</source>
        <translation>n_mels %1은(는) 1에서 n_fft/2+1(%2) 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>n_mfcc %1 must be between 1 and n_mels (%2)</source>
        <translation>n_mfcc %1은(는) 1에서 n_mels(%2) 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>top_db %1 must be a positive number</source>
        <translation>top_db %1은(는) 양수여야 합니다</translation>
    </message>
</context>
<context>
    <name>hhs::InputFile</name>
    <message>
        <location filename="../../core/formats/input_file.cpp" line="+11"/>
        <source>no file was given</source>
        <translation>파일이 주어지지 않았습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no such file</source>
        <translation>%1: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1은(는) 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a regular file (a pipe, a device or a socket cannot be read as one)</source>
        <translation>%1은(는) 일반 파일이 아닙니다 (파이프, 장치, 소켓은 파일로 읽을 수 없습니다)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read (permission denied)</source>
        <translation>%1을(를) 읽을 수 없습니다 (권한 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1이(가) 비어 있습니다 (0바이트)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 MB, more than the %3 MB a file of this kind can be</source>
        <translation>%1은(는) %2 MB로, 이런 종류의 파일이 가질 수 있는 %3 MB보다 큽니다</translation>
    </message>
</context>
<context>
    <name>hhs::Job</name>
    <message>
        <location filename="../../core/jobs/job.cpp" line="+32"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>hhs::LabelCheck</name>
    <message>
        <location filename="../../core/project/label_check.cpp" line="+22"/>
        <source>region %1 (%2%3)</source>
        <translation>구간 %1 (%2%3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a gap of %1 s before %2</source>
        <translation>%2 앞에 %1 s의 간격이 있습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is only %2 s long</source>
        <translation>%1의 길이가 %2 s밖에 되지 않습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no class</source>
        <translation>%1에 클래스가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) has no class</source>
        <translation>%1(%2)에 클래스가 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 overlaps %2</source>
        <translation>%1이(가) %2와(과) 겹칩니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a gap of %1 s between %2 and %3</source>
        <translation>%2와(과) %3 사이에 %1 s의 간격이 있습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a gap of %1 s after %2</source>
        <translation>%2 뒤에 %1 s의 간격이 있습니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>remove %1, which lies inside %2</source>
        <translation>%2 안에 있는 %1 제거</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start %1 at %2, where %3 ends</source>
        <translation>%1의 시작을 %3이(가) 끝나는 %2(으)로 변경</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>join %1 to %2 (it starts at %3)</source>
        <translation>%1을(를) %2에 병합 (%3에서 시작)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>join %1 to %2 (it ends at %3)</source>
        <translation>%1을(를) %2에 병합 (%3에서 끝남)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove %1, shorter than %2 s and touching no other region</source>
        <translation>%2 s보다 짧고 다른 구간과 닿지 않는 %1 제거</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>start %1 at 0:00.000</source>
        <translation>%1의 시작을 0:00.000으로 변경</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>extend %1 to %2</source>
        <translation>%1을(를) %2까지 연장</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Fix %n label problem(s)</source>
        <translation>
            <numerusform>라벨 문제 %n개 수정</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::LabelEdits</name>
    <message>
        <location filename="../../core/project/label_edits.cpp" line="+60"/>
        <source>A cut must fall inside the track.</source>
        <translation>자르는 위치는 트랙 안에 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a boundary at %1 already, nearer than %2 s.</source>
        <translation>%1에 이미 경계가 있습니다 (%2 s 이내).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The playhead is not inside the track.</source>
        <translation>재생 위치가 트랙 안에 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>hhs::LabelFiles</name>
    <message>
        <location filename="../../core/project/label_files.cpp" line="+79"/>
        <source>Sonic Visualiser CSV can be exported, not imported</source>
        <translation>Sonic Visualiser CSV는 내보내기만 가능하며 가져올 수는 없습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1</source>
        <translation>%1 읽는 중</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no regions to import</source>
        <translation>%1에 가져올 구간이 없습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Writing %n region(s)</source>
        <translation>
            <numerusform>구간 %n개 쓰는 중</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import labels from %1</source>
        <translation>%1에서 라벨 가져오기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (아무것도 가져오지 않았습니다)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Chapter %1</source>
        <translation>챕터 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no chapters to import</source>
        <translation>%1에 가져올 챕터가 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import chapters from %1</source>
        <translation>%1에서 챕터 가져오기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (no chapter was imported)</source>
        <translation>%1: %2 (챕터를 하나도 가져오지 않았습니다)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a tracklist can be imported, not exported</source>
        <translation>트랙리스트는 가져오기만 가능하며 내보낼 수는 없습니다</translation>
    </message>
</context>
<context>
    <name>hhs::LabelFormats</name>
    <message>
        <location filename="../../core/formats/label_formats.cpp" line="+41"/>
        <source>%1, line %2: %3 (nothing was imported)</source>
        <translation>%1, %2번째 줄: %3 (아무것도 가져오지 않았습니다)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected start&lt;TAB&gt;end&lt;TAB&gt;label, found &quot;%1&quot;</source>
        <translation>start&lt;TAB&gt;end&lt;TAB&gt;label 형식이어야 하지만 &quot;%1&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; and &quot;%2&quot; must be times in seconds such as 12.5</source>
        <translation>&quot;%1&quot;와(과) &quot;%2&quot;은(는) 12.5와 같은 초 단위 시간이어야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the label ends (%1) before it starts (%2)</source>
        <translation>라벨의 끝(%1)이 시작(%2)보다 앞에 있습니다</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&quot;%1&quot; is not a time of the form mm:ss or h:mm:ss</source>
        <translation>&quot;%1&quot;은(는) mm:ss 또는 h:mm:ss 형식의 시간이 아닙니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no title after the time %1</source>
        <translation>시간 %1 뒤에 제목이 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not come after the previous song&apos;s start (%2)</source>
        <translation>%1이(가) 이전 곡의 시작(%2)보다 뒤에 있지 않습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is after the end of the recording (%2)</source>
        <translation>%1이(가) 녹음의 끝(%2)보다 뒤에 있습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no lines of the form &quot;mm:ss Artist - Title&quot;</source>
        <translation>%1에 &quot;mm:ss 아티스트 - 제목&quot; 형식의 줄이 없습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hhs::Loader</name>
    <message>
        <location filename="../../core/audio/loader.cpp" line="+71"/>
        <source>cannot load %1 at %2 Hz: the rate must be between %3 and %4 Hz</source>
        <translation>%1을(를) %2 Hz로 불러올 수 없습니다: 샘플레이트는 %3~%4 Hz 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+99"/>
        <source>%1 contains no audio samples</source>
        <translation>%1에 오디오 샘플이 없습니다</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>%1 is too long: %2 hours at %3 Hz is more than the studio can hold</source>
        <translation>%1이(가) 너무 깁니다: %3 Hz에서 %2시간은 스튜디오에서 다룰 수 있는 양을 넘습니다</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Loading</source>
        <translation>불러오는 중</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 is too long for the studio to hold</source>
        <translation>%1이(가) 너무 길어 스튜디오에서 다룰 수 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ends early: only %2 of the %3 frames its header declares could be read</source>
        <translation>%1이(가) 일찍 끝납니다: 헤더에 선언된 %3 프레임 중 %2 프레임만 읽을 수 있었습니다</translation>
    </message>
</context>
<context>
    <name>hhs::MlEngine</name>
    <message>
        <location filename="../../core/ml/ml_engine.cpp" line="+51"/>
        <source>%1 has no engine in it</source>
        <translation>%1에 엔진이 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training and prediction are not installed: %1 was not found beside %2</source>
        <translation>학습 및 예측 기능이 설치되어 있지 않습니다: %2 옆에서 %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not load LibTorch for training and prediction: %1</source>
        <translation>학습 및 예측에 필요한 LibTorch를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../core/ml/ml_engine_module.cpp" line="+16"/>
        <source>could not make the folder %1 for the model</source>
        <translation>모델용 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>hhs::Model</name>
    <message>
        <location filename="../../core/ml/model.cpp" line="+134"/>
        <source>a classifier needs at least two classes; got %1</source>
        <translation>분류기에는 클래스가 두 개 이상 필요하지만 %1개입니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>segments of %1 frames x %2 coefficients cannot be classified</source>
        <translation>%1 프레임 x %2 계수의 세그먼트는 분류할 수 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the CNN needs segments of at least %1 frames x %1 coefficients; these have %2 x %3 (use longer segments or more MFCC coefficients, or the LSTM)</source>
        <translation>CNN에는 %1 프레임 x %1 계수 이상의 세그먼트가 필요하지만 이 세그먼트는 %2 x %3입니다 (더 긴 세그먼트나 더 많은 MFCC 계수를 사용하거나 LSTM을 사용하십시오)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the normalisation has %1 values for %2 coefficients</source>
        <translation>정규화 값은 %1개인데 계수는 %2개입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the normalisation of coefficient %1 (mean %2, standard deviation %3) cannot be used: the deviation must be a number above 0</source>
        <translation>계수 %1의 정규화(평균 %2, 표준편차 %3)는 쓸 수 없습니다: 표준편차는 0보다 큰 수여야 합니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not build the %1: %2</source>
        <translation>%1 모델을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the model takes segments of %1 frames x %2 coefficients, not %3 x %4</source>
        <translation>모델은 %1 프레임 x %2 계수의 세그먼트를 받지만 %3 x %4가 주어졌습니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the network gives %1 outputs for %2 classes</source>
        <translation>네트워크가 클래스 %2개에 대해 출력 %1개를 냅니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model gave a probability that is not a number (its weights are damaged)</source>
        <translation>모델이 숫자가 아닌 확률을 냈습니다 (가중치가 손상되었습니다)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prediction failed: %1</source>
        <translation>예측에 실패했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../core/ml/model_info_json.cpp" line="+87"/>
        <source>the confusion matrix does not match the %1 classes</source>
        <translation>혼동 행렬이 클래스 %1개와 맞지 않습니다</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the model has %1 outputs but names %2 classes</source>
        <translation>모델의 출력은 %1개인데 클래스 이름은 %2개입니다</translation>
    </message>
    <message>
        <location filename="../../core/ml/model_types.cpp" line="+26"/>
        <source>unknown model &quot;%1&quot;: use cnn or lstm</source>
        <translation>알 수 없는 모델 &quot;%1&quot;: cnn 또는 lstm을 사용하십시오</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown weight initialisation &quot;%1&quot;: use pytorch or keras</source>
        <translation>알 수 없는 가중치 초기화 방식 &quot;%1&quot;: pytorch 또는 keras를 사용하십시오</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown LSTM readout &quot;%1&quot;: use max or last</source>
        <translation>알 수 없는 LSTM 읽기 방식 &quot;%1&quot;: max 또는 last를 쓰십시오</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the notebook&apos;s CNN</source>
        <translation>노트북의 CNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the notebook&apos;s LSTM reading each unit&apos;s largest value over the window</source>
        <translation>창 전체에서 각 유닛의 가장 큰 값을 읽는 노트북의 LSTM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the notebook&apos;s LSTM reading its last step</source>
        <translation>마지막 단계를 읽는 노트북의 LSTM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras&apos;s initialisers</source>
        <translation>Keras의 초기화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PyTorch&apos;s initialisers</source>
        <translation>PyTorch의 초기화</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to %1 frames and %2 coefficients of each segment hidden anew every epoch</source>
        <translation>에포크마다 각 세그먼트의 최대 %1 프레임과 %2 계수를 새로 가림</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no masks</source>
        <translation>마스크 없음</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>에포크 %n회</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch %1, learning rate %2</source>
        <translation>배치 %1, 학습률 %2</translation>
    </message>
</context>
<context>
    <name>hhs::ModelFile</name>
    <message>
        <location filename="../../core/ml/model_file.cpp" line="+61"/>
        <source>could not write the model %1: %2</source>
        <translation>모델 %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot open the model %1: %2</source>
        <translation>모델 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a HipHop Studio model file</source>
        <translation>%1은(는) HipHop Studio 모델 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>the model %1 is truncated (the file is incomplete)</source>
        <translation>모델 %1이(가) 잘려 있습니다 (파일이 불완전함)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the model %1 has format version %2; this studio reads version %3 (it was made by a different studio version)</source>
        <translation>모델 %1의 형식 버전은 %2이지만 이 스튜디오는 버전 %3을(를) 읽습니다 (다른 버전의 스튜디오에서 만든 모델입니다)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the model %1 has %2 unexpected bytes at its end (damaged)</source>
        <translation>모델 %1의 끝에 예상치 못한 %2바이트가 있습니다 (손상됨)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model %1 is damaged (its checksum does not match)</source>
        <translation>모델 %1이(가) 손상되었습니다 (체크섬이 일치하지 않음)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model %1 has unreadable metadata: %2</source>
        <translation>모델 %1의 메타데이터를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>the model %1: %2</source>
        <translation>모델 %1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the model %1 was trained on features %2, not %3: retrain it on these features or use a model made for them</source>
        <translation>모델 %1은(는) 특징 %3이(가) 아니라 %2(으)로 학습되었습니다: 이 특징으로 다시 학습하거나 이 특징에 맞게 만든 모델을 사용하십시오</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the model %1 is damaged: its weights are not those of the network its metadata describes (%2, %3 classes, %4 x %5 segments)</source>
        <translation>모델 %1이(가) 손상되었습니다: 가중치가 메타데이터에 적힌 네트워크(%2, 클래스 %3개, %4 x %5 세그먼트)의 것이 아닙니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the model %1 has unreadable weights: %2</source>
        <translation>모델 %1의 가중치를 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hhs::NotebookJson</name>
    <message>
        <location filename="../../core/dataset/notebook_json_reader.cpp" line="+93"/>
        <source>the file holds a list, not an object with &quot;mapping&quot;, &quot;labels&quot; and &quot;mfcc&quot;</source>
        <translation>파일에 &quot;mapping&quot;, &quot;labels&quot;, &quot;mfcc&quot;가 있는 객체가 아니라 목록이 들어 있습니다</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>segment %1, frame %2 has %3 coefficients, the others have %4</source>
        <translation>세그먼트 %1의 프레임 %2에는 계수가 %3개 있지만 나머지는 %4개입니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>segment %1 has %2 frames, the first has %3: every segment must have the same shape</source>
        <translation>세그먼트 %1에는 프레임이 %2개 있지만 첫 번째 세그먼트는 %3개입니다: 모든 세그먼트의 형태가 같아야 합니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not valid JSON near byte %1: %2</source>
        <translation>바이트 %1 근처가 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;mapping&quot; must be a list of class names</source>
        <translation>&quot;mapping&quot;은 클래스 이름의 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;labels&quot; must be a list of whole numbers</source>
        <translation>&quot;labels&quot;는 정수의 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;mfcc&quot; must be a list of segments, each a list of frames, each a list of numbers</source>
        <translation>&quot;mfcc&quot;는 세그먼트의 목록이어야 하며, 각 세그먼트는 프레임의 목록, 각 프레임은 숫자의 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>label %1 of segment %2 is not a whole number</source>
        <translation>세그먼트 %2의 라벨 %1이(가) 정수가 아닙니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>label %1 of segment %2 is out of range</source>
        <translation>세그먼트 %2의 라벨 %1이(가) 범위를 벗어납니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>segment %1 holds %2, outside what a float holds</source>
        <translation>세그먼트 %1에 있는 값 %2는 float로 담을 수 있는 범위를 벗어납니다</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+50"/>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>%1 describes %2 segments but the dataset has %3</source>
        <translation>%1에는 세그먼트가 %2개로 기술되어 있지만 데이터셋에는 %3개가 있습니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: segment %2 has label %3 in the manifest but %4 in the dataset</source>
        <translation>%1: 세그먼트 %2의 라벨이 매니페스트에서는 %3이지만 데이터셋에서는 %4입니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the manifest %1 is not what hiphop-cli export-json writes: %2</source>
        <translation>매니페스트 %1은(는) hiphop-cli export-json이 쓰는 형식이 아닙니다: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is empty</source>
        <translation>%1이(가) 비어 있습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the dataset</source>
        <translation>데이터셋 읽는 중</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not valid JSON</source>
        <translation>올바른 JSON이 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a notebook dataset: it needs &quot;mapping&quot;, &quot;labels&quot; and &quot;mfcc&quot;</source>
        <translation>%1은(는) 노트북 데이터셋이 아닙니다: &quot;mapping&quot;, &quot;labels&quot;, &quot;mfcc&quot;가 필요합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: class %2 of the mapping, &quot;%3&quot;, is empty or named twice</source>
        <translation>%1: mapping의 클래스 %2(&quot;%3&quot;)가 비어 있거나 두 번 나옵니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no segments</source>
        <translation>%1에 세그먼트가 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has %2 labels for %3 segments</source>
        <translation>%1에 세그먼트 %3개에 대한 라벨이 %2개 있습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: label %2 of segment %3 is outside the mapping (%4 classes)</source>
        <translation>%1: 세그먼트 %3의 라벨 %2이(가) mapping 범위(클래스 %4개)를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../core/dataset/notebook_json_writer.cpp" line="+15"/>
        <source>the dataset has no segments to write</source>
        <translation>데이터셋에 쓸 세그먼트가 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>segment %1 is %2 x %3, the first is %4 x %5: the notebook needs one shape</source>
        <translation>세그먼트 %1은(는) %2 x %3이지만 첫 번째 세그먼트는 %4 x %5입니다: 노트북에서는 한 가지 형태만 사용할 수 있습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>segment %1 has label %2, outside the %3 classes</source>
        <translation>세그먼트 %1의 라벨 %2이(가) 클래스 %3개의 범위를 벗어납니다</translation>
    </message>
    <message>
        <location line="+123"/>
        <location line="+20"/>
        <source>Writing the dataset</source>
        <translation>데이터셋 쓰는 중</translation>
    </message>
</context>
<context>
    <name>hhs::OutputFile</name>
    <message>
        <location filename="../../core/formats/output_file.cpp" line="+22"/>
        <source>the disk holding %1 is full</source>
        <translation>%1이(가) 있는 디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than this disk or account allows</source>
        <translation>파일이 이 디스크나 계정이 허용하는 크기보다 큽니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write %1: it is a folder</source>
        <translation>%1에 쓸 수 없습니다: 폴더입니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: it is not a regular file (a pipe or a device)</source>
        <translation>%1에 쓸 수 없습니다: 일반 파일이 아닙니다(파이프나 장치)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1에 쓸 수 없습니다: 폴더 %2이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+68"/>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hhs::Predictor</name>
    <message>
        <location filename="../../core/ml/predictor.cpp" line="+208"/>
        <source>the hop must be a positive number of seconds, not %1</source>
        <translation>홉은 0보다 큰 초 단위 값이어야 합니다 (현재 %1)</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>the audio is %1 s long, shorter than the model&apos;s segment of %2 s</source>
        <translation>오디오 길이가 %1 s로, 모델의 세그먼트 길이 %2 s보다 짧습니다</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>the model expects %1 frames per segment but the features give %2</source>
        <translation>모델은 세그먼트당 %1 프레임을 요구하지만 특징은 %2 프레임입니다</translation>
    </message>
    <message>
        <location filename="../../core/ml/ml_engine.cpp" line="+40"/>
        <location line="+5"/>
        <location filename="../../core/ml/predictor.cpp" line="+20"/>
        <source>Predicting</source>
        <translation>예측하는 중</translation>
    </message>
    <message>
        <location filename="../../core/ml/predictor.cpp" line="-165"/>
        <source>no window of the audio could be classified</source>
        <translation>오디오에서 분류할 수 있는 윈도우가 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/ml/ml_engine.cpp" line="-19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hhs::Project</name>
    <message>
        <location filename="../../core/project/project.cpp" line="+53"/>
        <source>no project file given</source>
        <translation>프로젝트 파일이 지정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a project file</source>
        <translation>%1은(는) 프로젝트 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the project %1 failed its integrity check: %2</source>
        <translation>프로젝트 %1의 무결성 검사에 실패했습니다: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not save a copy of the project as %1: %2</source>
        <translation>프로젝트 사본을 %1(으)로 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the project has no track %1 (hiphop-cli tracks lists them)</source>
        <translation>프로젝트에 트랙 %1이(가) 없습니다 (hiphop-cli tracks로 목록을 볼 수 있습니다)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the project has no track called %1 (hiphop-cli tracks lists them)</source>
        <translation>프로젝트에 이름이 %1인 트랙이 없습니다 (hiphop-cli tracks로 목록을 볼 수 있습니다)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 tracks are called %2; name one by its id (%3)</source>
        <translation>이름이 %2인 트랙이 %1개 있습니다. ID로 하나를 지정하십시오 (%3)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is not the same recording as track %2 (%3): its content differs; relink anyway only if it is the same music re-encoded (labels keep their times)</source>
        <translation>%1은(는) 트랙 %2 (%3)와(과) 같은 녹음이 아닙니다: 내용이 다릅니다. 같은 음악을 다시 인코딩한 경우에만 그래도 다시 연결하십시오 (라벨의 시간은 유지됩니다)</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>run %1 (%2): %3</source>
        <translation>실행 %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../core/project/project_classes.cpp" line="+22"/>
        <source>colour %1 is not of the form #RRGGBB</source>
        <translation>색상 %1이(가) #RRGGBB 형식이 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a class name cannot be empty</source>
        <translation>클래스 이름은 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the project has no class %1 (hiphop-cli classes lists them)</source>
        <translation>프로젝트에 클래스 %1이(가) 없습니다 (hiphop-cli classes로 목록을 볼 수 있습니다)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+25"/>
        <source>the project already has a class %1</source>
        <translation>프로젝트에 이미 클래스 %1이(가) 있습니다</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Add class %1</source>
        <translation>클래스 %1 추가</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename class %1 to %2</source>
        <translation>클래스 %1의 이름을 %2(으)로 변경</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recolour class %1</source>
        <translation>클래스 %1의 색상 변경</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>position %1 is outside 0..%2</source>
        <translation>위치 %1이(가) 0..%2 범위를 벗어납니다</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Move class %1</source>
        <translation>클래스 %1 이동</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>class %1 labels %2 region(s); choose to delete them with the class or to keep them unlabelled</source>
        <translation>클래스 %1이(가) 구간 %2개에 라벨로 달려 있습니다. 클래스와 함께 구간을 삭제할지, 라벨 없는 구간으로 남길지 선택하십시오</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Remove class %1</source>
        <translation>클래스 %1 제거</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>track %1 cannot come back: %2 was imported again as track %3; remove that one first</source>
        <translation>트랙 %1을(를) 되돌릴 수 없습니다: %2을(를) 트랙 %3(으)로 다시 가져왔습니다. 먼저 그 트랙을 제거하십시오</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>track %1 (%2) cannot come back: its number now belongs to a track imported since</source>
        <translation>트랙 %1 (%2)을(를) 되돌릴 수 없습니다: 그 번호는 이후에 가져온 트랙이 사용하고 있습니다</translation>
    </message>
    <message>
        <location filename="../../core/project/project_regions.cpp" line="+114"/>
        <location line="+153"/>
        <source>%1–%2 is not a time range (the start must come before the end, neither below 0)</source>
        <translation>%1–%2은(는) 올바른 시간 범위가 아닙니다 (시작이 끝보다 앞서야 하며 둘 다 0 이상이어야 합니다)</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>%1–%2 ends after the end of %3 (%4)</source>
        <translation>%1–%2이(가) %3의 끝(%4)을 넘어갑니다</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the new regions %1–%2 and %3–%4 overlap</source>
        <translation>새 구간 %1–%2와(과) %3–%4이(가) 겹칩니다</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1–%2 overlaps region %3 of %4; unlabel it first or ask to trim the neighbours</source>
        <translation>%1–%2이(가) %4의 구간 %3와(과) 겹칩니다. 먼저 그 구간의 라벨을 제거하거나 인접 구간을 다듬도록 요청하십시오</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the project has no class %1 (add it with hiphop-cli classes add)</source>
        <translation>프로젝트에 클래스 %1이(가) 없습니다 (hiphop-cli classes add로 추가하십시오)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Label %1–%2 as %3</source>
        <translation>%1–%2에 %3 라벨 달기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlabel %1–%2</source>
        <translation>%1–%2 라벨 제거</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove track %1</source>
        <translation>트랙 %1 제거</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there are no regions to change</source>
        <translation>변경할 구간이 없습니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>region %1 changed since it was read; check again</source>
        <translation>구간 %1이(가) 읽은 후에 변경되었습니다. 다시 확인하십시오</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>region %1 is changed without being read first</source>
        <translation>구간 %1을(를) 먼저 읽지 않고 변경하려고 합니다</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1–%2 now overlaps region %3, written since the edit was planned; check again</source>
        <translation>%1–%2이(가) 이제 편집을 계획한 뒤에 쓰인 구간 %3과(와) 겹칩니다. 다시 확인하십시오</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the prediction names class %1, which the project does not have</source>
        <translation>예측에 프로젝트에 없는 클래스 %1이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the prediction %1–%2 is not a time range</source>
        <translation>예측 %1–%2은(는) 올바른 시간 범위가 아닙니다</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the project has no predicted region %1</source>
        <translation>프로젝트에 예측 구간 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept prediction %1–%2 (%3)</source>
        <translation>예측 %1–%2 (%3) 수락</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>track %1 has no predicted regions to accept</source>
        <translation>트랙 %1에 수락할 예측 구간이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all predictions</source>
        <translation>모든 예측 수락</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/project/schema.cpp" line="+193"/>
        <source>the run&apos;s details are damaged (%n byte(s) that do not uncompress)</source>
        <translation>
            <numerusform>실행의 세부 정보가 손상되었습니다 (압축이 풀리지 않는 %n바이트)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the project %1 was saved by a newer HipHop Studio (file version %2, this version reads up to %3); open it with the newer version. The file was not changed.</source>
        <translation>프로젝트 %1은(는) 더 새로운 버전의 HipHop Studio에서 저장되었습니다 (파일 버전 %2, 이 버전은 %3까지 읽을 수 있음). 새 버전으로 여십시오. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the project %1 looks damaged: its file version is %2. Restore it from a backup. The file was not changed.</source>
        <translation>프로젝트 %1이(가) 손상된 것 같습니다: 파일 버전이 %2입니다. 백업에서 복원하세요. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is an SQLite database of another program, not a HipHop Studio project; it was not changed</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 데이터베이스이며 HipHop Studio 프로젝트가 아닙니다. 파일은 변경되지 않았습니다</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the project %1 looks damaged: its table %2 is missing. Restore it from a backup.</source>
        <translation>프로젝트 %1이(가) 손상된 것 같습니다: 테이블 %2이(가) 없습니다. 백업에서 복원하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the project %1 looks damaged: its table %2 has the columns (%3) where HipHop Studio writes (%4). Restore it from a backup.</source>
        <translation>프로젝트 %1이(가) 손상된 것 같습니다: 테이블 %2의 열이 (%3)인데 HipHop Studio는 (%4)로 씁니다. 백업에서 복원하세요.</translation>
    </message>
</context>
<context>
    <name>hhs::Resampler</name>
    <message>
        <location filename="../../core/audio/resampler.cpp" line="+17"/>
        <source>cannot resample from %1 Hz to %2 Hz</source>
        <translation>%1 Hz에서 %2 Hz로 리샘플링할 수 없습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>libsoxr could not resample %1 Hz to %2 Hz: %3</source>
        <translation>libsoxr에서 %1 Hz를 %2 Hz로 리샘플링하지 못했습니다: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+17"/>
        <source>libsoxr failed: %1</source>
        <translation>libsoxr 처리에 실패했습니다: %1</translation>
    </message>
</context>
<context>
    <name>hhs::RunDetails</name>
    <message>
        <location filename="../../core/ml/run_details.cpp" line="+81"/>
        <source>the run&apos;s details are not readable: %1</source>
        <translation>학습 실행의 세부 정보를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>hhs::Segments</name>
    <message>
        <location filename="../../core/features/segments.cpp" line="+49"/>
        <source>Computing MFCC</source>
        <translation>MFCC 계산 중</translation>
    </message>
</context>
<context>
    <name>hhs::SignalCache</name>
    <message>
        <location filename="../../core/audio/signal_cache.cpp" line="+221"/>
        <location line="+50"/>
        <source>cannot make the cache folder %1</source>
        <translation>캐시 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>hhs::SongChanges</name>
    <message>
        <location filename="../../core/analysis/song_changes.cpp" line="+164"/>
        <source>the song change settings are not usable (blocks of %1 s, a kernel of %2 s, changes %3 s apart)</source>
        <translation>곡 전환 설정을 사용할 수 없습니다 (블록 %1 s, 커널 %2 s, 전환 간격 %3 s)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Finding song changes</source>
        <translation>곡 전환 찾는 중</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Estimating tempo</source>
        <translation>템포 추정 중</translation>
    </message>
</context>
<context>
    <name>hhs::SpectralFrames</name>
    <message>
        <location filename="../../core/analysis/spectral_frames.cpp" line="+25"/>
        <source>cannot analyse audio at %1 Hz</source>
        <translation>%1 Hz 오디오는 분석할 수 없습니다</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+26"/>
        <source>Analysing the spectrum</source>
        <translation>스펙트럼 분석 중</translation>
    </message>
</context>
<context>
    <name>hhs::Split</name>
    <message>
        <location filename="../../core/ml/split.cpp" line="+33"/>
        <source>training needs at least two classes; the dataset has %1</source>
        <translation>학습에는 클래스가 두 개 이상 필요하지만 데이터셋에는 %1개뿐입니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a segment of %1 has label %2, but there are only %3 classes</source>
        <translation>%1의 세그먼트에 라벨 %2이(가) 있지만 클래스는 %3개뿐입니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>class &quot;%1&quot; has no segments: label some audio as &quot;%1&quot; or remove the class before training</source>
        <translation>클래스 &quot;%1&quot;에 세그먼트가 없습니다: 오디오에 &quot;%1&quot; 라벨을 달거나 학습 전에 클래스를 제거하십시오</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 segments are too few to split into training, validation and test; label more audio</source>
        <translation>세그먼트 %1개로는 학습, 검증, 테스트 데이터로 분할하기에 너무 적습니다. 오디오에 라벨을 더 다십시오</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the segments do not say which recording they come from (a notebook JSON without its manifest), so they cannot be split by recording; export the dataset with its manifest, or use the random split (its scores are optimistic)</source>
        <translation>세그먼트에 어느 녹음에서 나왔는지에 대한 정보가 없어(매니페스트 없는 노트북 JSON) 녹음별로 분할할 수 없습니다. 매니페스트와 함께 데이터셋을 내보내거나 무작위 분할을 사용하십시오 (점수가 낙관적으로 나옵니다)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>class &quot;%1&quot; has segments from only %2 recording(s); a split by recording needs at least %3 (one each for training, validation and test): label &quot;%1&quot; in more recordings, or use the random split (its scores are optimistic)</source>
        <translation>클래스 &quot;%1&quot;의 세그먼트가 녹음 %2개에서만 나왔습니다. 녹음별 분할에는 최소 %3개(학습, 검증, 테스트 데이터에 각각 하나)가 필요합니다. 더 많은 녹음에 &quot;%1&quot; 라벨을 달거나 무작위 분할을 사용하십시오 (점수가 낙관적으로 나옵니다)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>could not give training, validation and test each a recording of class &quot;%1&quot; (its recordings also carry the other classes); label &quot;%1&quot; in more recordings, or use the random split (its scores are optimistic)</source>
        <translation>학습, 검증, 테스트 데이터에 클래스 &quot;%1&quot;의 녹음을 하나씩 배정할 수 없습니다 (해당 녹음에 다른 클래스도 함께 있음). 더 많은 녹음에 &quot;%1&quot; 라벨을 달거나 무작위 분할을 사용하십시오 (점수가 낙관적으로 나옵니다)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unknown split &quot;%1&quot;: use by-recording or random</source>
        <translation>알 수 없는 분할 &quot;%1&quot;: by-recording 또는 random을 쓰세요</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>split fractions must lie strictly between 0 and 1 (test %1, validation %2)</source>
        <translation>분할 비율은 0보다 크고 1보다 작아야 합니다 (테스트 %1, 검증 %2)</translation>
    </message>
</context>
<context>
    <name>hhs::TrackImport</name>
    <message>
        <location filename="../../core/project/track_import.cpp" line="+41"/>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>%1 does not exist</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no audio files found in %1</source>
        <translation>%1에 오디오 파일이 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading audio files</source>
        <translation>오디오 파일 읽는 중</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (nothing was imported)</source>
        <translation>%1 (아무것도 가져오지 않았습니다)</translation>
    </message>
</context>
<context>
    <name>hhs::Trainer</name>
    <message>
        <location filename="../../core/ml/trainer.cpp" line="+26"/>
        <source>epochs must be between 1 and 100000, not %1</source>
        <translation>에포크 수는 1에서 100000 사이여야 합니다 (현재 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the batch size must be between 1 and 65536, not %1</source>
        <translation>배치 크기는 1에서 65536 사이여야 합니다 (현재 %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the learning rate must be above 0 and below 10, not %1</source>
        <translation>학습률은 0보다 크고 10보다 작아야 합니다 (현재 %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the thread count must be between 1 and 256, not %1</source>
        <translation>스레드 수는 1에서 256 사이여야 합니다 (현재 %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the training masks cannot be negative (%1 frames, %2 coefficients)</source>
        <translation>학습 마스크는 음수일 수 없습니다(%1 프레임, %2 계수)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the early-stopping patience cannot be negative (%1)</source>
        <translation>조기 종료 대기 에포크 수는 음수일 수 없습니다 (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the dataset has no segments: label some audio first</source>
        <translation>데이터셋에 세그먼트가 없습니다: 먼저 오디오에 라벨을 다십시오</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the segment of %1 at %2 s is %3 x %4, but the others are %5 x %6: every segment must have the same shape</source>
        <translation>%1의 %2 s 지점 세그먼트는 %3 x %4이지만 나머지는 %5 x %6입니다: 모든 세그먼트의 형태가 같아야 합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the segment of %1 at %2 s contains a value that is not a finite number</source>
        <translation>%1의 %2 s 지점 세그먼트에 유한하지 않은 값이 있습니다</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>Training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+48"/>
        <source>training failed: %1</source>
        <translation>학습에 실패했습니다: %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>the labels have the classes %1, but the run was trained on %2: train a new run instead</source>
        <translation>라벨의 클래스는 %1이지만 이 학습 실행은 %2(으)로 학습되었습니다: 새 학습 실행으로 학습하십시오</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the labels give segments of %1 x %2, but the run was trained on %3 x %4</source>
        <translation>라벨에서 만든 세그먼트는 %1 x %2이지만 이 학습 실행은 %3 x %4(으)로 학습되었습니다</translation>
    </message>
</context>
<context>
    <name>hhs::TrainingPreview</name>
    <message>
        <location filename="../../core/ml/training_preview.cpp" line="+27"/>
        <source>No segments of %1: label some of it, or remove the class.</source>
        <translation>%1 세그먼트가 없습니다: 일부에 라벨을 달거나 클래스를 제거하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 segment(s) of %2: too few to learn or to score; label more of it.</source>
        <translation>%2 세그먼트가 %1개뿐입니다: 학습하거나 평가하기에 너무 적으니 라벨을 더 다세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has %2 segments against %3 of the largest class: the model may favour the larger one.</source>
        <translation>%1 세그먼트는 %2개로, 가장 많은 클래스의 %3개보다 적습니다: 모델이 많은 쪽으로 치우칠 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n labelled region(s) are shorter than one segment and are left out.</source>
        <translation>
            <numerusform>라벨이 있는 구간 %n개가 세그먼트 하나보다 짧아 제외됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n region(s) without a class are left out.</source>
        <translation>
            <numerusform>클래스가 없는 구간 %n개는 제외됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random split: segments of one recording land in both training and test, so the test accuracy is optimistic.</source>
        <translation>무작위 분할: 한 녹음의 세그먼트가 학습 데이터와 테스트 데이터 양쪽에 들어가므로 테스트 정확도가 낙관적입니다.</translation>
    </message>
</context>
<context>
    <name>hhs::TrainingRun</name>
    <message>
        <location filename="../../core/ml/training_run.cpp" line="+17"/>
        <source>The project %1 is no longer there; the model is kept at %2.</source>
        <translation>프로젝트 %1이(가) 더 이상 없습니다. 모델은 %2에 보관되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1 on every label, %n epoch(s), %2</source>
        <translation>
            <numerusform>%1 전체 라벨, %n 에포크, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %n epoch(s), %2</source>
        <translation>
            <numerusform>%1, %n 에포크, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading LibTorch</source>
        <translation>LibTorch 불러오는 중</translation>
    </message>
</context>
<context>
    <name>hhs::WavWriter</name>
    <message>
        <location filename="../../core/audio/wav_writer.cpp" line="+21"/>
        <source>cannot write %1: %2 channels at %3 Hz is not a valid WAV format</source>
        <translation>%1에 쓸 수 없습니다: %3 Hz의 %2채널은 올바른 WAV 형식이 아닙니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hhs::about</name>
    <message>
        <location filename="../../core/about/library_versions.cpp" line="+20"/>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
</context>
<context>
    <name>hhs::cli</name>
    <message>
        <location filename="../../app/cli/analysis_commands.cpp" line="+21"/>
        <location filename="../../app/cli/dataset_commands.cpp" line="+21"/>
        <location filename="../../app/cli/project_commands.cpp" line="+21"/>
        <location filename="../../app/cli/track_commands.cpp" line="+14"/>
        <source>this command needs a project: hiphop-cli --project FILE ...</source>
        <translation>이 명령에는 프로젝트가 필요합니다: hiphop-cli --project FILE ...</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/cli/audio_commands.cpp" line="+241"/>
        <location filename="../../app/cli/main.cpp" line="+121"/>
        <location filename="../../app/cli/ml_commands.cpp" line="+39"/>
        <location filename="../../app/cli/project_commands.cpp" line="+25"/>
        <source>could not write the output (disk full or pipe closed)</source>
        <translation>출력을 쓸 수 없습니다(디스크가 가득 찼거나 파이프가 닫혔습니다)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>usage: hiphop-cli --project FILE suggest-changes TRACK [--json] [--min-strength X] [--min-spacing S]</source>
        <translation>사용법: hiphop-cli --project FILE suggest-changes TRACK [--json] [--min-strength X] [--min-spacing S]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read track %1: %2</source>
        <translation>트랙 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>usage: hiphop-cli --project FILE check [TRACK] [--fix] [--min-length S] [--json]</source>
        <translation>사용법: hiphop-cli --project FILE check [TRACK] [--fix] [--min-length S] [--json]</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no problems (regions and gaps of at least %1 s, no overlaps, every region labelled)
</source>
        <translation>문제가 없습니다(모든 구간과 빈틈이 %1 s 이상이고, 겹침이 없으며, 모든 구간에 라벨이 있습니다)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fixed: %1
</source>
        <translation>수정했습니다: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fix(es) available (hiphop-cli check --fix): %2
</source>
        <translation>적용할 수 있는 수정 %1개(hiphop-cli check --fix): %2
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Find candidate song changes in a track, each with a strength, and the tempo of each song between them.</source>
        <translation>트랙에서 곡 전환 후보를 각각의 강도와 함께 찾고, 그 사이에 있는 각 곡의 템포를 구합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text: &quot;change TIME STRENGTH&quot; lines, then &quot;song START END BPM&quot; lines. --json: {&quot;track&quot;, &quot;file&quot;, &quot;duration&quot;, &quot;changes&quot;: [{&quot;time&quot;, &quot;strength&quot;}], &quot;songs&quot;: [{&quot;start&quot;, &quot;end&quot;, &quot;bpm&quot;}]}, times in seconds, strength in (0, 1] (1: the track&apos;s clearest change). --min-strength drops weaker changes (default 0.3), --min-spacing sets how close two changes may be (default 15 s).</source>
        <translation>텍스트: &quot;change TIME STRENGTH&quot; 줄 다음에 &quot;song START END BPM&quot; 줄을 출력합니다. --json: {&quot;track&quot;, &quot;file&quot;, &quot;duration&quot;, &quot;changes&quot;: [{&quot;time&quot;, &quot;strength&quot;}], &quot;songs&quot;: [{&quot;start&quot;, &quot;end&quot;, &quot;bpm&quot;}]}, 시간은 초 단위이고 strength는 (0, 1] 범위입니다(1: 트랙에서 가장 뚜렷한 전환). --min-strength는 이보다 약한 전환을 버리고(기본값 0.3), --min-spacing은 두 전환이 얼마나 가까울 수 있는지 정합니다(기본값 15 s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List label problems: regions or gaps shorter than the minimum (0.5 s), overlapping or unlabelled regions; --fix fixes them.</source>
        <translation>라벨 문제를 나열합니다: 최소 길이(0.5 s)보다 짧은 구간이나 빈틈, 겹치는 구간, 라벨 없는 구간. --fix를 주면 문제를 고칩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines: TRACK KIND START END DESCRIPTION, KIND one of short-region, short-gap, overlap, unlabelled. --fix joins a short region to the neighbour it touches (or removes it), closes a short gap by extending the region before it and starts an overlapping region where the one before it ends, all in one edit; unlabelled regions are left for you to label. --json: {&quot;minimum&quot;, &quot;problems&quot;: [{&quot;track&quot;, &quot;kind&quot;, &quot;start&quot;, &quot;end&quot;, &quot;regions&quot;, &quot;description&quot;}], &quot;fixes&quot;: [{&quot;region&quot;, &quot;description&quot;}], &quot;fixed&quot;}.</source>
        <translation>출력 줄: TRACK KIND START END DESCRIPTION, KIND는 short-region, short-gap, overlap, unlabelled 중 하나입니다. --fix는 짧은 구간을 맞닿은 이웃 구간에 합치고(또는 제거하고), 짧은 빈틈은 앞 구간을 늘려 메우며, 겹치는 구간은 앞 구간이 끝나는 곳에서 시작하게 합니다. 모두 한 번의 편집으로 처리됩니다. 라벨 없는 구간은 직접 라벨을 달 수 있도록 그대로 둡니다. --json: {&quot;minimum&quot;, &quot;problems&quot;: [{&quot;track&quot;, &quot;kind&quot;, &quot;start&quot;, &quot;end&quot;, &quot;regions&quot;, &quot;description&quot;}], &quot;fixes&quot;: [{&quot;region&quot;, &quot;description&quot;}], &quot;fixed&quot;}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/audio_commands.cpp" line="-206"/>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: hiphop-cli info FILE [--stream N] [--json]</source>
        <translation>사용법: hiphop-cli info FILE [--stream N] [--json]</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>file:        %1
format:      %2
encoding:    %3
sample rate: %4 Hz
channels:    %5
frames:      %6
duration:    %7 s
</source>
        <translation>파일:        %1
형식:        %2
인코딩:      %3
샘플레이트:  %4 Hz
채널:        %5
프레임:      %6
길이:        %7 s
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title:       %1
</source>
        <translation>제목:        %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container:   %1
codec:       %2
bit rate:    %3
</source>
        <translation>컨테이너:    %1
코덱:        %2
비트레이트:  %3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audio streams (pick one with --stream N):
  %1
</source>
        <translation>오디오 스트림(--stream N으로 하나를 고르세요):
  %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chapters:    %1
</source>
        <translation>챕터:        %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 – %2  %3
</source>
        <translation>  %1 – %2  %3
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>usage: hiphop-cli load FILE --out OUT.wav</source>
        <translation>사용법: hiphop-cli load FILE --out OUT.wav</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>wrote %1: %2 samples at %3 Hz (%4 s)
</source>
        <translation>%1에 저장했습니다: 샘플 %2개, %3 Hz (%4 s)
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>usage: hiphop-cli mfcc FILE [--sr 22050] [--n-mfcc 13] [--n-fft 2048] [--hop 512] [--segment-seconds S] [--stream N]</source>
        <translation>사용법: hiphop-cli mfcc FILE [--sr 22050] [--n-mfcc 13] [--n-fft 2048] [--hop 512] [--segment-seconds S] [--stream N]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--segment-seconds %1 is shorter than one sample</source>
        <translation>--segment-seconds %1은(는) 샘플 하나보다 짧습니다</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Show the versions of the studio and the libraries it runs on, and which BLAS LibTorch will use.</source>
        <translation>스튜디오와 스튜디오가 사용하는 라이브러리의 버전, 그리고 LibTorch가 사용할 BLAS를 표시합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show an audio file&apos;s format, sample rate, channels, frames and duration, and for a compressed or video file its container, codec, bit rate, audio streams and chapters.</source>
        <translation>오디오 파일의 형식, 샘플레이트, 채널, 프레임, 길이를 표시하고, 압축 파일이나 동영상 파일이면 컨테이너, 코덱, 비트레이트, 오디오 스트림, 챕터도 표시합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load a file as librosa.load does (mono, resampled with soxr HQ) and write it as 32-bit float WAV.</source>
        <translation>librosa.load와 같은 방식(모노, soxr HQ로 리샘플링)으로 파일을 불러와 32비트 float WAV로 씁니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print librosa-identical MFCC as JSON: for the whole file, or per segment with the notebook&apos;s semantics.</source>
        <translation>librosa와 같은 MFCC를 JSON으로 출력합니다: 파일 전체, 또는 노트북과 같은 방식으로 세그먼트마다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without --segment-seconds: {&quot;sr&quot;, &quot;samples&quot;, &quot;mfcc&quot;: [[13 numbers] per frame]}.
With it: {&quot;sr&quot;, &quot;segment_samples&quot;, &quot;segments&quot;: [{&quot;start_sample&quot;, &quot;mfcc&quot;}]}; a segment is kept only if it has exactly ceil(segment_samples / hop) frames, as in the notebook.</source>
        <translation>--segment-seconds 없이: {&quot;sr&quot;, &quot;samples&quot;, &quot;mfcc&quot;: [[프레임마다 숫자 13개]]}.
있으면: {&quot;sr&quot;, &quot;segment_samples&quot;, &quot;segments&quot;: [{&quot;start_sample&quot;, &quot;mfcc&quot;}]}; 노트북처럼 프레임이 정확히 ceil(segment_samples / hop)개인 세그먼트만 남깁니다.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_args.cpp" line="+30"/>
        <source>option %1 takes no value</source>
        <translation>옵션 %1은(는) 값을 받지 않습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>option %1 needs a value</source>
        <translation>옵션 %1에는 값이 필요합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown option %1 (see --help)</source>
        <translation>알 수 없는 옵션입니다: %1 (--help 참고)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1은(는) %2부터 %3까지의 정수여야 합니다. &quot;%4&quot;은(는) 사용할 수 없습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1은(는) %2부터 %3까지의 숫자여야 합니다. &quot;%4&quot;은(는) 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/cli/dataset_commands.cpp" line="+7"/>
        <source>usage: hiphop-cli --project FILE export-json OUT.json [--segment-seconds 3] [--threads N]</source>
        <translation>사용법: hiphop-cli --project FILE export-json OUT.json [--segment-seconds 3] [--threads N]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>wrote %1: %2 segments of %3 x %4 from %5 region(s); classes: %6
manifest: %7
left out: %8 region tail(s) too short for another segment (%9 s), %10 region(s) shorter than a segment, %11 unlabelled region(s)
</source>
        <translation>%1 작성: 구간 %5개에서 %3 x %4 세그먼트 %2개; 클래스: %6
매니페스트: %7
제외: 세그먼트 하나가 되기에 짧은 구간 끝부분 %8개 (%9 s), 세그먼트보다 짧은 구간 %10개, 라벨 없는 구간 %11개
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>usage: hiphop-cli --project FILE import-json FILE.json</source>
        <translation>사용법: hiphop-cli --project FILE import-json FILE.json</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>dataset %1: %2 segments of %3 x %4, classes: %5 (%6 new in the project); %7
</source>
        <translation>데이터셋 %1: %3 x %4 세그먼트 %2개, 클래스: %5 (프로젝트에 새로 추가된 클래스 %6개); %7
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every segment traced to its recording (manifest)</source>
        <translation>모든 세그먼트의 원본 녹음을 알 수 있습니다(매니페스트)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no manifest: recordings unknown, splits will be random</source>
        <translation>매니페스트 없음: 녹음을 알 수 없으므로 무작위로 분할합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the labelled regions as the notebook&apos;s JSON dataset (mapping, labels, mfcc) and OUT.manifest.json beside it.</source>
        <translation>라벨이 있는 구간을 노트북 형식의 JSON 데이터셋(mapping, labels, mfcc)으로 쓰고, 그 옆에 OUT.manifest.json을 씁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each labelled region is cut from its start into segments of --segment-seconds; MFCC per segment as the notebook computed it; a tail that does not fill a segment is left out and counted. np.array(data[&quot;mfcc&quot;]) gives (segments, frames, 13). The manifest names each segment&apos;s track, content hash and times, the feature parameters and the studio&apos;s version.</source>
        <translation>라벨이 있는 각 구간을 시작부터 --segment-seconds 길이의 세그먼트로 자르고, 노트북과 같은 방식으로 세그먼트마다 MFCC를 계산합니다. 세그먼트를 채우지 못하는 끝부분은 제외하고 개수를 셉니다. np.array(data[&quot;mfcc&quot;])는 (세그먼트, 프레임, 13)입니다. 매니페스트에는 각 세그먼트의 트랙, 내용 해시와 시간, 특징 매개변수, 스튜디오 버전이 들어 있습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check a notebook JSON dataset made elsewhere and register it in the project for training (its classes are added).</source>
        <translation>다른 곳에서 만든 노트북 형식의 JSON 데이터셋을 검사하고, 학습에 쓸 수 있도록 프로젝트에 등록합니다(데이터셋의 클래스가 추가됩니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused with the reason when it is not JSON, when segments differ in shape or when a label falls outside the mapping. A manifest beside it (FILE.manifest.json) is read too.</source>
        <translation>JSON이 아니거나, 세그먼트의 모양이 서로 다르거나, 라벨이 mapping 범위를 벗어나면 이유와 함께 거부합니다. 옆에 매니페스트(FILE.manifest.json)가 있으면 함께 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo_commands.cpp" line="+13"/>
        <source>usage: hiphop-cli demo DIR</source>
        <translation>사용법: hiphop-cli demo DIR</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>wrote the demo corpus in %1 and the project %2: %3 labelled clips and an unlabelled medley
</source>
        <translation>%1에 데모 음원 모음을, %2에 프로젝트를 만들었습니다: 라벨이 있는 클립 %3개와 라벨 없는 메들리
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wrote %1 clips in %2 (one folder per style)
</source>
        <translation>%2에 클립 %1개를 저장했습니다(스타일마다 폴더 하나)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote the medley %1 and its true stretches %2
</source>
        <translation>메들리 %1과(와) 그 실제 구간 정보 %2을(를) 저장했습니다
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write the synthesised demo corpus: clips of boom bap, trap and singing in one folder per style, and a medley of the three.</source>
        <translation>합성한 데모 음원 모음을 씁니다: 스타일별 폴더에 나뉜 붐뱁, 트랩, 싱잉 클립과 세 스타일을 이어 붙인 메들리.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DIR/clips/&lt;style&gt;/*.wav can be imported with --classes-from-folders; DIR/medley.wav is left for labelling or prediction, and DIR/medley.labels.txt (an Audacity label track) says what it really is.
With --project FILE, also creates that project with the clips as labelled tracks and the medley as an unlabelled one (what the studio opens on its first start).</source>
        <translation>DIR/clips/&lt;style&gt;/*.wav는 --classes-from-folders로 가져올 수 있습니다. DIR/medley.wav는 라벨링이나 예측용으로 남겨 두며, DIR/medley.labels.txt(Audacity 라벨 트랙)에 실제 내용이 적혀 있습니다.
--project FILE을 주면 클립을 라벨이 있는 트랙으로, 메들리를 라벨 없는 트랙으로 넣은 프로젝트도 만듭니다(스튜디오를 처음 시작할 때 여는 프로젝트입니다).</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="-98"/>
        <source>usage: hiphop-cli [--project FILE] %1

%2
</source>
        <translation>사용법: hiphop-cli [--project FILE] %1

%2
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: hiphop-cli [--project FILE] [--quiet] COMMAND [ARGS...]
       hiphop-cli COMMAND --help

HipHop Studio without a window: load audio as librosa does, compute MFCC, keep labels in a project, train and predict.

Commands:
</source>
        <translation>사용법: hiphop-cli [--project FILE] [--quiet] COMMAND [ARGS...]
        hiphop-cli COMMAND --help

창 없이 쓰는 HipHop Studio: librosa와 같은 방식으로 오디오를 불러오고, MFCC를 계산하고, 프로젝트에 라벨을 보관하고, 학습하고 예측합니다.

명령:
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Global options:
  --project FILE   the project file (created when it does not exist)
  --quiet          no progress lines on stderr
  --help, --version
</source>
        <translation>
전역 옵션:
  --project FILE   프로젝트 파일(없으면 새로 만듭니다)
  --quiet          stderr에 진행 상황을 출력하지 않습니다
  --help, --version
</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>option --project needs a file</source>
        <translation>--project 옵션에는 파일이 필요합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown option %1 (see hiphop-cli --help)</source>
        <translation>알 수 없는 옵션입니다: %1 (hiphop-cli --help 참고)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command &quot;%1&quot; (see hiphop-cli --help)</source>
        <translation>알 수 없는 명령입니다: &quot;%1&quot; (hiphop-cli --help 참고)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>out of memory</source>
        <translation>메모리가 부족합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error: %1</source>
        <translation>내부 오류: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/ml_commands.cpp" line="+9"/>
        <source>train needs --model cnn or --model lstm</source>
        <translation>train에는 --model cnn 또는 --model lstm이 필요합니다</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>train takes --project or --data, not both</source>
        <translation>train에는 --project와 --data 중 하나만 지정할 수 있습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--segment-seconds applies to --project; a JSON file&apos;s segments are already cut</source>
        <translation>--segment-seconds는 --project에만 적용됩니다. JSON 파일의 세그먼트는 이미 잘려 있습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>train needs data: hiphop-cli --project FILE train ... or hiphop-cli train --data DATA.json ...</source>
        <translation>train에는 데이터가 필요합니다: hiphop-cli --project FILE train ... 또는 hiphop-cli train --data DATA.json ...</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>split=random (optimistic: segments of one recording can be in both training and test)
</source>
        <translation>split=random (낙관적: 한 녹음의 세그먼트가 학습과 테스트 양쪽에 있을 수 있습니다)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split=by-recording (every recording in one part only)
</source>
        <translation>split=by-recording (각 녹음은 한 부분에만 들어갑니다)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 tracks, %3 segments</source>
        <translation>%1: 트랙 %2개, 세그먼트 %3개</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cancelled: keeping the best of the finished epochs
</source>
        <translation>취소됨: 끝난 에포크 중 가장 좋은 결과를 유지합니다
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped early: validation loss no longer improved
</source>
        <translation>조기 종료: 검증 손실이 더 이상 개선되지 않았습니다
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>still improving at epoch %1: more epochs may help (--epochs)
</source>
        <translation>에포크 %1에서도 계속 개선되고 있습니다: 에포크를 늘리면 나아질 수 있습니다(--epochs)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trained: %1
</source>
        <translation>학습: %1
</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>test_recording_acc=%1 (%n test recordings, each classified by the mean of its segments)
</source>
        <translation>
            <numerusform>test_recording_acc=%1 (테스트 녹음 %n개, 각 녹음은 세그먼트들의 평균으로 분류)
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(random split: this test accuracy is optimistic)
</source>
        <translation>(무작위 분할: 이 테스트 정확도는 낙관적입니다)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confusion (rows = truth, columns = predicted in this order: %1)
</source>
        <translation>혼동 행렬 (행 = 실제, 열 = 예측, 순서: %1)
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>confusion by recording (rows = truth)
</source>
        <translation>녹음별 혼동 행렬 (행 = 실제)
</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>the saved model was trained again on every labelled segment for %n epochs; the scores above are the held-out ones measured before
</source>
        <translation>
            <numerusform>저장된 모델은 라벨이 있는 모든 세그먼트로 %n 에포크 동안 다시 학습했습니다. 위의 점수는 그 전에 따로 떼어 둔 데이터로 측정한 값입니다
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved %1
</source>
        <translation>%1을(를) 저장했습니다
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: hiphop-cli [--project FILE] train --model cnn|lstm [--data DATA.json] --out MODEL [options]</source>
        <translation>사용법: hiphop-cli [--project FILE] train --model cnn|lstm [--data DATA.json] --out MODEL [options]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>file: %1
model: %2
windows:
</source>
        <translation>파일: %1
모델: %2
윈도우:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stretches:
</source>
        <translation>구간:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verdict: %1 (%2)
</source>
        <translation>판정: %1 (%2)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: hiphop-cli predict MODEL FILE [--hop SECONDS] [--json], or hiphop-cli --project FILE predict MODEL TRACK --into-layer</source>
        <translation>사용법: hiphop-cli predict MODEL FILE [--hop SECONDS] [--json] 또는 hiphop-cli --project FILE predict MODEL TRACK --into-layer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--into-layer writes into a project: hiphop-cli --project FILE predict MODEL TRACK --into-layer</source>
        <translation>--into-layer는 프로젝트에 씁니다: hiphop-cli --project FILE predict MODEL TRACK --into-layer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>wrote %1 predicted region(s) into track %2 (%3)
</source>
        <translation>트랙 %2(%3)에 예측 구간 %1개를 썼습니다
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>usage: hiphop-cli --project FILE runs [--json]</source>
        <translation>사용법: hiphop-cli --project FILE runs [--json]</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Train the notebook&apos;s CNN or LSTM on the project&apos;s labels (--project) or a notebook-format JSON file (--data), and save the model.</source>
        <translation>프로젝트의 라벨(--project) 또는 노트북 형식의 JSON 파일(--data)로 노트북의 CNN 또는 LSTM을 학습하고 모델을 저장합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Splits by recording unless --split random (the notebook&apos;s segment-level split, whose scores are optimistic). Prints one line per epoch, then test accuracy, loss and the confusion matrix; --json prints the same as JSON lines. Ctrl-C stops after the current batch and keeps the best finished epoch. With --project the run is recorded in the project (see runs), named --name or after its model, epochs and date as the studio names it. --then-all trains the saved model again on every labelled segment (train, validation and test) for the run&apos;s best number of epochs, once the held-out scores are measured. --init keras starts from Keras&apos;s initialisers instead of PyTorch&apos;s. The LSTM reads each unit&apos;s largest value over the window (--lstm-readout last: the notebook&apos;s last step). Each training segment gets a run of up to --time-mask frames and up to --coefficient-mask coefficients hidden anew every epoch (LSTM: 30 and 3, CNN: 0 and 0).</source>
        <translation>--split random을 지정하지 않으면 녹음별로 분할합니다(random은 노트북의 세그먼트 단위 분할이며 점수가 낙관적으로 나옵니다). 에포크마다 한 줄씩 출력한 뒤 테스트 정확도, 손실, 혼동 행렬을 출력합니다. --json은 같은 내용을 JSON 줄로 출력합니다. Ctrl-C를 누르면 현재 배치가 끝난 뒤 멈추고, 끝난 에포크 중 가장 좋은 결과를 유지합니다. --project를 주면 학습 실행이 프로젝트에 기록되며(runs 참고), 이름은 --name으로 정하거나 스튜디오처럼 모델, 에포크 수, 날짜로 붙습니다. --then-all은 따로 떼어 둔 데이터로 점수를 측정한 뒤, 라벨이 있는 모든 세그먼트(학습, 검증, 테스트 데이터)로 그 학습 실행의 최적 에포크 수만큼 저장된 모델을 다시 학습합니다. --init keras는 PyTorch 대신 Keras의 초기화 방식으로 시작합니다. LSTM은 창 전체에서 각 유닛의 가장 큰 값을 읽습니다(--lstm-readout last: 노트북처럼 마지막 단계). 학습 세그먼트마다 에포크마다 새로 최대 --time-mask 프레임과 최대 --coefficient-mask 계수를 가립니다(LSTM: 30과 3, CNN: 0과 0).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Classify an audio file window by window: the timeline of labelled stretches and an overall verdict.</source>
        <translation>오디오 파일을 윈도우 단위로 분류합니다: 라벨이 달린 구간의 타임라인과 전체 판정을 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows are the model&apos;s segment length, one every --hop seconds (default: the segment length). With --project, TRACK names a track of the project; --into-layer writes the stretches as the track&apos;s predicted layer.</source>
        <translation>윈도우 길이는 모델의 세그먼트 길이이며, --hop 초마다 하나씩 만듭니다(기본값: 세그먼트 길이). --project를 주면 TRACK은 프로젝트의 트랙을 가리킵니다. --into-layer는 구간을 트랙의 예측 레이어로 씁니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the training runs recorded in the project: name, date, model, split, test scores and model file.</source>
        <translation>프로젝트에 기록된 학습 실행을 나열합니다: 이름, 날짜, 모델, 분할, 테스트 점수, 모델 파일.</translation>
    </message>
    <message>
        <location filename="../../app/cli/project_commands.cpp" line="-8"/>
        <source>&quot;%1&quot; is not a time: write seconds (75.5) or mm:ss(.fff)</source>
        <translation>&quot;%1&quot;은(는) 시간이 아닙니다: 초(75.5) 또는 mm:ss(.fff) 형식으로 쓰세요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>usage: hiphop-cli --project FILE import PATH... [--classes-from-folders] [--chapters]</source>
        <translation>사용법: hiphop-cli --project FILE import PATH... [--classes-from-folders] [--chapters]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>made %1 unlabelled song region(s) from the files&apos; chapters
</source>
        <translation>파일의 챕터로 라벨 없는 곡 구간 %1개를 만들었습니다
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported %1 file(s), %2 labelled from their folder
</source>
        <translation>파일 %1개를 가져왔고, 그중 %2개는 폴더 이름으로 라벨을 달았습니다
</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>usage: hiphop-cli --project FILE relink TRACK NEW_PATH [--force]</source>
        <translation>사용법: hiphop-cli --project FILE relink TRACK NEW_PATH [--force]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>track %1 now reads %2
</source>
        <translation>트랙 %1이(가) 이제 %2에 연결되었습니다
</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&quot;%1&quot; is not a position (0 is first)</source>
        <translation>&quot;%1&quot;은(는) 위치가 아닙니다(0이 첫 번째)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose one of --with-regions and --keep-regions</source>
        <translation>--with-regions와 --keep-regions 중 하나만 고르세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (--with-regions deletes them, --keep-regions leaves them unlabelled)</source>
        <translation> (--with-regions는 구간을 삭제하고, --keep-regions는 구간을 라벨 없이 남깁니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: hiphop-cli --project FILE classes [add NAME [--color #RRGGBB] | rename OLD NEW | recolor NAME #RRGGBB | move NAME POSITION | remove NAME [--with-regions|--keep-regions]]</source>
        <translation>사용법: hiphop-cli --project FILE classes [add NAME [--color #RRGGBB] | rename OLD NEW | recolor NAME #RRGGBB | move NAME POSITION | remove NAME [--with-regions|--keep-regions]]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>usage: hiphop-cli --project FILE label TRACK START END CLASS [--trim]</source>
        <translation>사용법: hiphop-cli --project FILE label TRACK START END CLASS [--trim]</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>usage: hiphop-cli --project FILE unlabel TRACK START END</source>
        <translation>사용법: hiphop-cli --project FILE unlabel TRACK START END</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 region(s) changed
</source>
        <translation>%1: 구간 %2개가 바뀌었습니다
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: hiphop-cli --project FILE regions [TRACK] [--json] [--predicted]</source>
        <translation>사용법: hiphop-cli --project FILE regions [TRACK] [--json] [--predicted]</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>usage: hiphop-cli --project FILE labels import TRACK FILE [--format audacity|tracklist] | labels export TRACK FILE [--format audacity|sv-csv]</source>
        <translation>사용법: hiphop-cli --project FILE labels import TRACK FILE [--format audacity|tracklist] | labels export TRACK FILE [--format audacity|sv-csv]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format %1 cannot be used to %2 (import: audacity, tracklist; export: audacity, sv-csv)</source>
        <translation>--format %1은(는) %2에 쓸 수 없습니다(import: audacity, tracklist; export: audacity, sv-csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>imported %1 labelled and %2 unlabelled region(s), skipped %3 line(s)
</source>
        <translation>라벨이 있는 구간 %1개와 라벨 없는 구간 %2개를 가져왔고, %3줄을 건너뛰었습니다
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wrote %1 region(s) to %2
</source>
        <translation>%2에 구간 %1개를 썼습니다
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add audio files (or every audio file in folders) to the project as tracks.</source>
        <translation>오디오 파일(또는 폴더 안의 모든 오디오 파일)을 프로젝트에 트랙으로 추가합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --classes-from-folders each sub-folder of a folder is a class (the notebook&apos;s dataset layout) and its files are labelled with it from start to end. Nothing is imported unless every file can be read. With --chapters the chapters a downloader embedded in a file become unlabelled song regions named after them.</source>
        <translation>--classes-from-folders를 주면 폴더의 각 하위 폴더가 하나의 클래스가 되고(노트북의 데이터셋 구조), 그 안의 파일은 처음부터 끝까지 그 클래스로 라벨이 달립니다. 모든 파일을 읽을 수 있을 때만 가져옵니다. --chapters를 주면 다운로더가 파일에 넣어 둔 챕터가 그 이름을 딴 라벨 없는 곡 구간이 됩니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the tracks: id, duration, state (ok, missing, changed), path.</source>
        <translation>트랙을 나열합니다: id, 길이, 상태(ok, missing, changed), 경로.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Point a track at its file&apos;s new place (--force: accept different content).</source>
        <translation>트랙을 파일의 새 위치에 다시 연결합니다(--force: 내용이 달라도 허용).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List, add, rename, recolour (recolor NAME #RRGGBB), reorder (move NAME POSITION) or remove classes.</source>
        <translation>클래스를 나열, 추가, 이름 변경, 색 변경(recolor NAME #RRGGBB), 순서 변경(move NAME POSITION), 제거합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing a class that labels regions needs --with-regions (delete them) or --keep-regions (leave them unlabelled).</source>
        <translation>구간의 라벨로 쓰이는 클래스를 제거하려면 --with-regions(구간 삭제) 또는 --keep-regions(구간을 라벨 없이 유지)가 필요합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label a stretch of a track (times in seconds or mm:ss.fff).</source>
        <translation>트랙의 한 구간에 라벨을 답니다(시간은 초 또는 mm:ss.fff).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRACK is a track id or its file name. An overlap with another region is refused unless --trim cuts the neighbours back.</source>
        <translation>TRACK은 트랙 id 또는 파일 이름입니다. 다른 구간과 겹치면 거부하며, --trim을 주면 이웃 구간을 잘라 냅니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the labels between two times (regions are cut back or split).</source>
        <translation>두 시점 사이의 라벨을 지웁니다(구간이 줄어들거나 나뉩니다).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List labelled and unlabelled regions (or the predicted layer).</source>
        <translation>라벨이 있는 구간과 라벨 없는 구간(또는 예측 레이어)을 나열합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--json: [{&quot;id&quot;, &quot;track&quot;, &quot;start&quot;, &quot;end&quot;, &quot;class&quot; (null when unlabelled), &quot;name&quot;}], times in seconds.</source>
        <translation>--json: [{&quot;id&quot;, &quot;track&quot;, &quot;start&quot;, &quot;end&quot;, &quot;class&quot; (라벨이 없으면 null), &quot;name&quot;}], 시간은 초 단위입니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Audacity labels or a tracklist onto a track, or export its labels for Audacity or Sonic Visualiser.</source>
        <translation>Audacity 라벨이나 트랙리스트를 트랙으로 가져오거나, 트랙의 라벨을 Audacity 또는 Sonic Visualiser용으로 내보냅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: --format audacity (default; a label naming a class labels the region, other text names it) or tracklist (&quot;03:25 Artist - Title&quot; lines become unlabelled songs). export: --format audacity (default) or sv-csv. A malformed line imports nothing.</source>
        <translation>import: --format audacity(기본값. 클래스 이름과 같은 라벨은 그 구간에 라벨을 달고, 다른 텍스트는 구간 이름이 됩니다) 또는 tracklist(&quot;03:25 Artist - Title&quot; 줄이 라벨 없는 곡이 됩니다). export: --format audacity(기본값) 또는 sv-csv. 잘못된 줄이 있으면 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/cli/track_commands.cpp" line="+2"/>
        <source>usage: hiphop-cli --project FILE remove-track TRACK</source>
        <translation>사용법: hiphop-cli --project FILE remove-track TRACK</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>removed track %1 (%2) and its %3 labelled region(s); the file stays on disk
</source>
        <translation>트랙 %1(%2)과(와) 라벨이 있는 구간 %3개를 제거했습니다. 파일은 디스크에 그대로 있습니다
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Forget a track (by id or file name) and its regions; the audio file is not touched.</source>
        <translation>트랙(id 또는 파일 이름으로 지정)과 그 구간을 프로젝트에서 제거합니다. 오디오 파일은 건드리지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GUI&apos;s Remove Track can be undone while the project is open; this command cannot: import the file again and its labels again.</source>
        <translation>GUI의 트랙 제거는 프로젝트가 열려 있는 동안 실행 취소할 수 있지만, 이 명령은 되돌릴 수 없습니다. 되돌리려면 파일과 라벨을 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_command.cpp" line="+89"/>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
</context>
<context>
    <name>hhs::demo</name>
    <message>
        <location filename="../../core/demo/demo_corpus.cpp" line="+75"/>
        <source>the demo corpus needs at least one clip per style of at least a second</source>
        <translation>데모 음원 모음에는 스타일마다 1초 이상인 클립이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the demo corpus</source>
        <translation>데모 음원 모음을 쓰는 중</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>%1 폴더를 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>hhs::ui::About</name>
    <message>
        <location filename="../../ui/main/about_box.cpp" line="+16"/>
        <source>&lt;h3&gt;HipHop Studio %1&lt;/h3&gt;&lt;p&gt;Label hip-hop recordings as boom bap, trap or singing, train classifiers on their MFCC and let them label new files.&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;</source>
        <translation>&lt;h3&gt;HipHop Studio %1&lt;/h3&gt;&lt;p&gt;힙합 녹음에 붐뱁, 트랩, 싱잉 라벨을 달고, 그 MFCC로 분류기를 학습해 새 파일에 자동으로 라벨을 달 수 있습니다.&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About HipHop Studio</source>
        <translation>HipHop Studio 정보</translation>
    </message>
</context>
<context>
    <name>hhs::ui::AudioFeeder</name>
    <message>
        <location filename="../../ui/playback/audio_feeder.cpp" line="+139"/>
        <source>The audio output %1 stopped working: playback stopped.</source>
        <translation>오디오 출력 %1이(가) 작동을 멈춰 재생을 중지했습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The audio output %1 stopped playing: playback stopped.</source>
        <translation>오디오 출력 %1이(가) 더 이상 소리를 내보내지 않아 재생을 중지했습니다.</translation>
    </message>
</context>
<context>
    <name>hhs::ui::ClassGloss</name>
    <message>
        <location filename="../../ui/main/class_gloss.cpp" line="+10"/>
        <source>boom bap</source>
        <translation>붐뱁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trap</source>
        <translation>트랩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>singing</source>
        <translation>싱잉</translation>
    </message>
</context>
<context>
    <name>hhs::ui::ClassList</name>
    <message>
        <location filename="../../ui/main/class_list.cpp" line="+25"/>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segments an export would make, over all tracks</source>
        <translation>내보내기 시 만들어질 세그먼트 수(전체 트랙 합계)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a class</source>
        <translation>클래스 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>이름 변경</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the selected class</source>
        <translation>선택한 클래스의 이름 변경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected class&apos;s colour</source>
        <translation>선택한 클래스의 색 변경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected class up (its key changes)</source>
        <translation>선택한 클래스를 위로 이동(키가 바뀝니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected class down (its key changes)</source>
        <translation>선택한 클래스를 아래로 이동(키가 바뀝니다)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Add class</source>
        <translation>클래스 추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename class</source>
        <translation>클래스 이름 변경</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colour of %1</source>
        <translation>%1 색</translation>
    </message>
</context>
<context>
    <name>hhs::ui::ConfusionMatrixView</name>
    <message>
        <location filename="../../ui/train/confusion_matrix_paint.cpp" line="+63"/>
        <source>No test results yet</source>
        <translation>아직 테스트 결과가 없습니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/train/confusion_matrix_view.cpp" line="+108"/>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+23"/>
        <location line="+2"/>
        <location line="+13"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../ui/train/confusion_matrix_view.cpp" line="+79"/>
        <source>No segments in the test set</source>
        <translation>테스트 데이터에 세그먼트가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy: %1 of %2 segments were predicted correctly (%3 %)</source>
        <translation>정확도: 세그먼트 %2개 중 %1개를 올바르게 예측했습니다(%3 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>No %1 segments in the test set</source>
        <translation>테스트 데이터에 %1 세그먼트가 없습니다</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Recall of %1: %2 of %3 %1 segments were recognised (%4 %)</source>
        <translation>%1 재현율: %1 세그먼트 %3개 중 %2개를 인식했습니다(%4 %)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No segment was predicted as %1</source>
        <translation>%1(으)로 예측된 세그먼트가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision of %1: %2 of %3 segments predicted as %1 were %1 (%4 %)</source>
        <translation>%1 정밀도: %1(으)로 예측된 세그먼트 %3개 중 %2개가 실제 %1 세그먼트였습니다(%4 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 %3 segments were predicted correctly (%4 %)</source>
        <translation>%3 세그먼트 %2개 중 %1개를 올바르게 예측했습니다(%4 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 %3 segments were predicted as %4 (%5 %)</source>
        <translation>%3 세그먼트 %2개 중 %1개가 %4(으)로 예측되었습니다(%5 %)</translation>
    </message>
</context>
<context>
    <name>hhs::ui::DropOverlay</name>
    <message>
        <location filename="../../ui/main/drop_overlay.cpp" line="+101"/>
        <source>Import into the Project</source>
        <translation>프로젝트로 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each file becomes a track to listen to and label.</source>
        <translation>각 파일은 듣고 라벨을 달 수 있는 트랙이 됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predict</source>
        <translation>예측하기</translation>
    </message>
</context>
<context>
    <name>hhs::ui::ImportLabelsQuestion</name>
    <message>
        <location filename="../../ui/main/import_labels_question.cpp" line="+18"/>
        <source>Import Labels</source>
        <translation>라벨 가져오기</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 already has %n labelled region(s). Replace them with the file&apos;s regions, or add the file&apos;s regions beside them?</source>
        <translation>
            <numerusform>%1에는 이미 라벨이 있는 구간이 %n개 있습니다. 파일의 구간으로 바꿀까요, 아니면 기존 구간 옆에 파일의 구간을 추가할까요?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding beside them is refused if a new region would overlap one of them. Either way, Undo takes the import back.</source>
        <translation>옆에 추가할 때 새 구간이 기존 구간과 겹치면 거부됩니다. 어느 쪽이든 실행 취소로 가져오기를 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace Them</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Beside Them</source>
        <translation>옆에 추가</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chapters</source>
        <translation>챕터</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of the imported files carry chapters, as video downloads often do. Make each chapter an unlabelled song named after it?</source>
        <translation>
            <numerusform>가져온 파일 중 %n개에 챕터가 있습니다(동영상을 내려받은 파일에 흔히 있습니다). 각 챕터를 그 이름을 딴, 라벨 없는 곡으로 만들까요?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make Songs</source>
        <translation>곡 만들기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Now</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>hhs::ui::LabelCheckDialog</name>
    <message>
        <location filename="../../ui/main/label_check_dialog.cpp" line="+25"/>
        <source>Short region</source>
        <translation>짧은 구간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short gap</source>
        <translation>짧은 빈틈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlap</source>
        <translation>겹침</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No class</source>
        <translation>클래스 없음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Fix</source>
        <translation>수정(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check Labels</source>
        <translation>라벨 검사</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Track</source>
        <translation>트랙</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join short regions to their neighbours, close short gaps and end overlaps, in one step you can undo. Regions without a class stay.</source>
        <translation>짧은 구간을 이웃 구간에 합치고, 짧은 빈틈을 메우고, 겹침을 없앱니다. 한 번에 처리되며 실행 취소할 수 있습니다. 클래스가 없는 구간은 그대로 둡니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;Again</source>
        <translation>다시 검사(&amp;A)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a project to check its labels.</source>
        <translation>라벨을 검사하려면 프로젝트를 여세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The labels could not be read: %1</source>
        <translation>라벨을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems: no region or gap is shorter than %1 s, none overlap, and every region has a class.</source>
        <translation>문제가 없습니다: %1 s보다 짧은 구간이나 빈틈이 없고, 겹치는 구간이 없으며, 모든 구간에 클래스가 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s) found; double-click one to see it.</source>
        <translation>
            <numerusform>문제 %n개를 찾았습니다. 항목을 더블클릭하면 해당 위치로 이동합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::LabelLane</name>
    <message>
        <location filename="../../ui/timeline/label_lane.cpp" line="+81"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Label as %1</source>
        <translation>%1 라벨 달기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete region</source>
        <translation>구간 삭제</translation>
    </message>
</context>
<context>
    <name>hhs::ui::LabellingSettingsDialog</name>
    <message>
        <location filename="../../ui/main/labelling_settings.cpp" line="+43"/>
        <source>Labelling Settings</source>
        <translation>라벨링 설정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edits never leave a region or a gap shorter than this: a boundary that near another one snaps to it.</source>
        <translation>편집 결과로 이보다 짧은 구간이나 빈틈은 생기지 않습니다: 다른 경계에 이만큼 가까워진 경계는 그 경계에 맞춰집니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cut made while playing lands this much earlier than the key press, where you heard the change. 0 turns it off.</source>
        <translation>재생 중에 자르면 키를 누른 시점보다 이만큼 앞, 즉 곡 전환을 들은 위치에서 잘립니다. 0이면 사용하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortest region or gap:</source>
        <translation>최소 구간/빈틈 길이:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction time for cuts while playing:</source>
        <translation>재생 중 자르기 반응 시간:</translation>
    </message>
</context>
<context>
    <name>hhs::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/main/language_menu.cpp" line="+35"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HipHop Studio will be in %1 the next time it starts.</source>
        <translation>다음에 시작할 때부터 HipHop Studio가 %1(으)로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System Language (%1)</source>
        <translation>시스템 언어 (%1)</translation>
    </message>
</context>
<context>
    <name>hhs::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main/first_run.cpp" line="+35"/>
        <source>Creating the demo project</source>
        <translation>데모 프로젝트를 만드는 중</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo project could not be made: %1</source>
        <translation>데모 프로젝트를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="+46"/>
        <source>HipHop Studio projects (*.hhs);;All files (*)</source>
        <translation>HipHop Studio 프로젝트 (*.hhs);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tracks</source>
        <translation>트랙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>구간</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import cancelled</source>
        <translation>가져오기 취소됨</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n chapter(s)</source>
        <translation>
            <numerusform>%1: 챕터 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dataset exported</source>
        <translation>데이터셋 내보내기 완료</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Audacity labels (*.txt);;All files (*)</source>
        <translation>Audacity 라벨 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="+23"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the project to a new file and continue there</source>
        <translation>프로젝트를 새 파일로 복사하고 그 파일에서 계속 작업합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Project</source>
        <translation>프로젝트 닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Audio…</source>
        <translation>오디오 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Labels…</source>
        <translation>라벨 가져오기(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Tracklist…</source>
        <translation>트랙리스트 가져오기(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a video&apos;s description: its timestamped lines become the current track&apos;s songs</source>
        <translation>동영상 설명을 붙여 넣으면 시간이 적힌 줄이 현재 트랙의 곡이 됩니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Labels…</source>
        <translation>라벨 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Dataset (JSON)…</source>
        <translation>데이터셋 내보내기(JSON)(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notebook&apos;s JSON dataset of every labelled region</source>
        <translation>라벨이 있는 모든 구간으로 만든 노트북 형식의 JSON 데이터셋</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Label Selection</source>
        <translation>선택 영역에 라벨 달기(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labelling</source>
        <translation>라벨링</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Output Device</source>
        <translation>출력 장치(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Select</source>
        <translation>선택(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;Labels…</source>
        <translation>라벨 검사(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About HipHop Studio</source>
        <translation>HipHop Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="-53"/>
        <source>%1 — HipHop Studio</source>
        <translation>%1 — HipHop Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>HipHop Studio</source>
        <translation>HipHop Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Project As</source>
        <translation>다른 이름으로 프로젝트 저장</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import Audio</source>
        <translation>오디오 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio files (%1);;All files (*)</source>
        <translation>오디오 파일 (%1);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Labels for %1</source>
        <translation>라벨 가져오기: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Export Labels of %1</source>
        <translation>라벨 내보내기: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audacity labels (*.txt);;Sonic Visualiser CSV (*.csv)</source>
        <translation>Audacity 라벨 (*.txt);;Sonic Visualiser CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n region(s) written to %1</source>
        <translation>
            <numerusform>%1에 구간 %n개를 썼습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Dataset</source>
        <translation>데이터셋 내보내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notebook JSON dataset (*.json)</source>
        <translation>노트북 JSON 데이터셋 (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open or create a project first.</source>
        <translation>먼저 프로젝트를 열거나 만드세요.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing to import: drop audio files or folders</source>
        <translation>가져올 항목이 없습니다: 오디오 파일이나 폴더를 끌어다 놓으세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to predict: drop audio files</source>
        <translation>예측할 항목이 없습니다: 오디오 파일을 끌어다 놓으세요</translation>
    </message>
</context>
<context>
    <name>hhs::ui::MfccLegend</name>
    <message>
        <location filename="../../ui/timeline/mfcc_legend.cpp" line="+15"/>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 ~ %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each band of coefficients has its own colour range: c0 (loudness) and c1 (spectral tilt) vary far more than c2 to c12.</source>
        <translation>계수 대역마다 색 범위가 따로 있습니다: c0(음량)과 c1(스펙트럼 기울기)은 c2~c12보다 훨씬 크게 변합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MFCC</source>
        <translation>MFCC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>높음</translation>
    </message>
</context>
<context>
    <name>hhs::ui::MfccView</name>
    <message>
        <location filename="../../ui/timeline/mfcc_view.cpp" line="+64"/>
        <source>MFCC</source>
        <translation>MFCC</translation>
    </message>
</context>
<context>
    <name>hhs::ui::ModelWorkspace</name>
    <message>
        <location filename="../../ui/main/model_workspace.cpp" line="+34"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>학습 기록</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predictions</source>
        <translation>예측</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A training is running: its curves stay on screen until it ends.</source>
        <translation>학습이 진행 중입니다: 학습이 끝날 때까지 곡선이 화면에 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Predicted %n region(s) into the track&apos;s predicted lane; review them in the Review panel.</source>
        <translation>
            <numerusform>트랙의 예측 레인에 구간 %n개를 예측했습니다. 검토 패널에서 검토할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Model</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Train…</source>
        <translation>학습하기(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Train panel</source>
        <translation>학습 패널 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop Training</source>
        <translation>학습 중지(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Training &amp;Charts…</source>
        <translation>학습 차트 저장(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the Train panel&apos;s curves as PNG or SVG</source>
        <translation>학습 패널의 곡선을 PNG 또는 SVG로 저장</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Predict Files…</source>
        <translation>파일 예측(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict audio files with the active model and show their timelines (or drop them on the window&apos;s right half)</source>
        <translation>활성 모델로 오디오 파일을 예측하고 타임라인을 표시합니다(또는 파일을 창의 오른쪽 절반에 끌어다 놓으십시오)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predict &amp;Into Layer</source>
        <translation>예측 레인에 예측(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict the current track into its predicted lane, to review and accept</source>
        <translation>현재 트랙을 예측 레인에 예측하여 검토하고 수락할 수 있게 합니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The run that predicts could not be read: %1</source>
        <translation>예측에 쓰는 실행을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No model yet: train one in the Train panel (Model ▸ Train), or make a run active in the Runs list.</source>
        <translation>아직 모델이 없습니다: 학습 패널(모델 ▸ 학습하기)에서 모델을 학습하거나, 학습 기록 목록에서 학습 실행을 활성화하십시오.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Label each stretch with %1 and show the file&apos;s timeline.</source>
        <translation>%1(으)로 각 부분에 라벨을 달고 파일의 타임라인을 표시합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the active model</source>
        <translation>활성 모델</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That segment&apos;s recording is no longer in the project.</source>
        <translation>해당 세그먼트의 녹음이 더 이상 프로젝트에 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a track to predict into its predicted lane.</source>
        <translation>예측 레인에 예측할 트랙을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open or create a project to add %1 to.</source>
        <translation>%1을(를) 추가할 프로젝트를 열거나 새로 만드십시오.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Predict Files</source>
        <translation>파일 예측</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio files (%1);;All files (*)</source>
        <translation>오디오 파일 (%1);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>hhs::ui::PlaybackControls</name>
    <message>
        <location filename="../../ui/main/playback_controls.cpp" line="+43"/>
        <source>Playback speed; the pitch stays the same</source>
        <translation>재생 속도(음높이는 그대로 유지됩니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playback volume</source>
        <translation>재생 음량</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Faster</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slower</source>
        <translation>느리게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal Speed</source>
        <translation>기본 속도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Louder</source>
        <translation>크게</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quieter</source>
        <translation>작게</translation>
    </message>
</context>
<context>
    <name>hhs::ui::Player</name>
    <message numerus="yes">
        <location filename="../../ui/playback/player.cpp" line="+52"/>
        <source>Playback ran dry %n time(s) in this play: the machine is busy, the sound carries on where it was.</source>
        <translation>
            <numerusform>이번 재생 중 재생 버퍼가 %n번 비었습니다: 컴퓨터가 바쁜 상태입니다. 소리는 끊긴 지점부터 이어서 재생됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+63"/>
        <source>No track loaded</source>
        <translation>불러온 트랙이 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audio output %1 is not connected: playback is off until it is back or another one is chosen in the Playback menu.</source>
        <translation>오디오 출력(%1)이 연결되어 있지 않습니다: 다시 연결되거나 재생 메뉴에서 다른 출력을 선택할 때까지 재생할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No audio output found: playback is off, everything else works</source>
        <translation>오디오 출력을 찾을 수 없습니다: 재생은 꺼지지만 다른 기능은 모두 정상적으로 작동합니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The audio output %1 does not accept %2 Hz mono: playback is off</source>
        <translation>오디오 출력(%1)이 %2 Hz 모노를 지원하지 않습니다: 재생이 꺼졌습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audio output: %1</source>
        <translation>오디오 출력: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audio output %1 disappeared: playback stopped.</source>
        <translation>오디오 출력(%1)이 사라졌습니다: 재생이 정지되었습니다.</translation>
    </message>
</context>
<context>
    <name>hhs::ui::PredictionController</name>
    <message>
        <location filename="../../ui/predict/prediction_controller.cpp" line="+40"/>
        <source>Train a model first or choose one in the Runs list</source>
        <translation>먼저 모델을 학습하거나 학습 기록 목록에서 모델을 선택하십시오</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open a project to predict its tracks</source>
        <translation>트랙을 예측하려면 프로젝트를 여십시오</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project has no track %1</source>
        <translation>프로젝트에 트랙 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Predicting %1</source>
        <translation>%1 예측 중</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading the ML engine</source>
        <translation>ML 엔진 불러오는 중</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The project %1 is no longer there; nothing was written.</source>
        <translation>프로젝트 %1을(를) 더 이상 찾을 수 없어 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Predicted</source>
        <translation>예측 완료</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not predict %1</source>
        <translation>%1을(를) 예측할 수 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Predicted %1 into its layer in %2</source>
        <translation>%2에서 %1을(를) 예측 레인에 예측했습니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading %1</source>
        <translation>%1 불러오는 중</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not load %1 to play it: %2</source>
        <translation>재생할 %1을(를) 불러올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hhs::ui::PredictionPanel</name>
    <message>
        <location filename="../../ui/predict/prediction_panel.cpp" line="+36"/>
        <source>Clear finished</source>
        <translation>완료 항목 지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to Project</source>
        <translation>프로젝트에 추가</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files to predict: drop audio files here</source>
        <translation>예측할 파일: 오디오 파일을 여기에 끌어다 놓으십시오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the finished and failed files from the list</source>
        <translation>완료되었거나 실패한 파일을 목록에서 제거</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop predicting: the file in progress and those still queued</source>
        <translation>예측 중지: 진행 중인 파일과 대기 중인 파일 모두</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the selected file as a track, with this prediction in its predicted lane, to review, accept and correct</source>
        <translation>선택한 파일을 트랙으로 가져오고 이 예측을 예측 레인에 넣어, 검토하고 수락하고 수정할 수 있게 합니다</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predicting %1 %</source>
        <translation>예측 중 %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done: %1 %2 %</source>
        <translation>완료: %1 %2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>hhs::ui::PredictionStrip</name>
    <message>
        <location filename="../../ui/predict/prediction_strip.cpp" line="+92"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No prediction to show</source>
        <translation>표시할 예측이 없습니다</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The last %1 s are shorter than one window: not predicted</source>
        <translation>마지막 %1 s는 윈도우 하나보다 짧아 예측하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>hhs::ui::PredictionView</name>
    <message>
        <location filename="../../ui/predict/prediction_view.cpp" line="+28"/>
        <location line="+170"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Play the selected stretch, or the file from the start</source>
        <translation>선택한 부분을 재생하거나, 파일을 처음부터 재생합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click a stretch to play it</source>
        <translation>부분을 클릭하면 재생합니다</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No prediction selected</source>
        <translation>선택한 예측 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop audio files here or choose Predict to see what a model hears in them.</source>
        <translation>오디오 파일을 여기에 끌어다 놓거나 ‘파일 예측’을 선택하면 모델이 그 파일에서 무엇을 듣는지 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Model %1 · %2 · %n window(s) · verdict: %3</source>
        <translation>
            <numerusform>모델 %1 · %2 · 윈도우 %n개 · 판정: %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Playback is not available: %1</source>
        <translation>재생할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
</context>
<context>
    <name>hhs::ui::ProgressPanel</name>
    <message>
        <location filename="../../ui/jobs/progress_panel.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop the imports, exports and predictions shown here.</source>
        <translation>여기 표시된 가져오기, 내보내기, 예측을 멈춥니다.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hhs::ui::ProjectController</name>
    <message>
        <location filename="../../ui/document/project_controller.cpp" line="+89"/>
        <source>No project is open</source>
        <translation>열린 프로젝트가 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project was not saved: %1</source>
        <translation>프로젝트를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Change %1 to %2</source>
        <translation>%1을(를) %2(으)로 변경</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Resize region</source>
        <translation>구간 크기 조정</translation>
    </message>
    <message>
        <location filename="../../ui/document/project_jobs.cpp" line="+87"/>
        <location line="+14"/>
        <source>Choose a track first</source>
        <translation>먼저 트랙을 선택하십시오</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 labelled and %2 named regions imported, %3 lines skipped</source>
        <translation>라벨이 있는 구간 %1개와 이름만 있는 구간 %2개를 가져왔고, %3줄은 건너뛰었습니다</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Checking files</source>
        <translation>파일 확인 중</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>파일 %n개 가져오는 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Imported %n track(s)</source>
        <translation>
            <numerusform>트랙 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing labels from %1</source>
        <translation>%1에서 라벨 가져오는 중</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the pasted tracklist</source>
        <translation>붙여 넣은 트랙리스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing the pasted tracklist</source>
        <translation>붙여 넣은 트랙리스트 가져오는 중</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making songs from the chapters of %1</source>
        <translation>%1의 챕터로 곡 만드는 중</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Relinking</source>
        <translation>다시 연결하는 중</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 relinked</source>
        <translation>%1을(를) 다시 연결했습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting the dataset</source>
        <translation>데이터셋 내보내는 중</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to export: no labelled region is as long as one %1-second segment</source>
        <translation>내보낼 것이 없습니다: %1초 세그먼트 하나 길이 이상인 라벨이 있는 구간이 없습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1 segments of %2 × %3 to %4
%5
Left out: %6 s in %7 region tail(s) too short for another segment, %8 region(s) shorter than a segment, %9 unlabelled region(s)</source>
        <translation>%2 × %3 세그먼트 %1개를 %4에 썼습니다
%5
제외: 세그먼트 하나가 되기에 짧은 구간 끝부분 %7개의 %6 s, 세그먼트보다 짧은 구간 %8개, 라벨 없는 구간 %9개</translation>
    </message>
    <message>
        <location filename="../../ui/document/project_controller.h" line="+147"/>
        <source>The project %1 could not be read: %2</source>
        <translation>프로젝트 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hhs::ui::RegionsPanel</name>
    <message>
        <location filename="../../ui/main/regions_panel.cpp" line="+62"/>
        <source>All tracks</source>
        <translation>모든 트랙</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the regions of every track, not only the current one.</source>
        <translation>현재 트랙뿐 아니라 모든 트랙의 구간을 나열합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by class or name</source>
        <translation>클래스 또는 이름으로 필터</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tempo</source>
        <translation>템포</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Track</source>
        <translation>트랙</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click a region to go there; double-click its name to edit it.</source>
        <translation>구간을 클릭하면 그 위치로 이동하고, 이름을 더블클릭하면 편집할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>(unlabelled)</source>
        <translation>(라벨 없음)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rename region to %1</source>
        <translation>구간 이름을 %1(으)로 변경</translation>
    </message>
</context>
<context>
    <name>hhs::ui::ReviewPanel</name>
    <message>
        <location filename="../../ui/predict/review_panel.cpp" line="+30"/>
        <source>&amp;Accept Prediction</source>
        <translation>예측 수락(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept A&amp;ll Predictions</source>
        <translation>모든 예측 수락(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>라벨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the model disagrees with the labels, most confident first. Click a row to show it on the timeline.</source>
        <translation>모델이 라벨과 다르게 판단한 곳을 신뢰도가 높은 순으로 보여 줍니다. 행을 클릭하면 타임라인에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the selected prediction (or the one under the playhead) into the labels (A)</source>
        <translation>선택한 예측(또는 재생 위치의 예측)을 라벨로 복사합니다 (A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy every prediction of this track into the labels (Shift+A)</source>
        <translation>이 트랙의 모든 예측을 라벨로 복사합니다 (Shift+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept (A)</source>
        <translation>수락 (A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept All (Shift+A)</source>
        <translation>모두 수락 (Shift+A)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The labels say %1 here; the model hears %2</source>
        <translation>이곳의 라벨은 %1(이)지만, 모델에는 %2(으)로 들립니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no label</source>
        <translation>라벨 없음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is labelled here; the model hears %1</source>
        <translation>이곳에는 라벨이 없지만, 모델에는 %1(으)로 들립니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a track to review its predictions.</source>
        <translation>예측을 검토할 트랙을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no predictions yet: predict it into its layer to review them.</source>
        <translation>%1에는 아직 예측이 없습니다: 검토하려면 먼저 예측 레인에 예측하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The predictions of %1 agree with its labels.</source>
        <translation>%1의 예측이 라벨과 일치합니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n place(s) in %1 where the model disagrees with the labels, most confident first:</source>
        <translation>
            <numerusform>%1에서 모델이 라벨과 다르게 판단한 곳 %n군데(신뢰도가 높은 순):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a prediction in the list or put the playhead on one to accept it</source>
        <translation>수락할 예측을 목록에서 선택하거나 재생 위치를 예측 위에 두십시오</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a track to accept its predictions</source>
        <translation>예측을 수락할 트랙을 선택하십시오</translation>
    </message>
</context>
<context>
    <name>hhs::ui::RunsPanel</name>
    <message>
        <location filename="../../ui/train/runs_panel.cpp" line="+48"/>
        <source>Sho&amp;w</source>
        <translation>보기(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;Active</source>
        <translation>활성화(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on A&amp;ll Labels</source>
        <translation>모든 라벨로 학습(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Model…</source>
        <translation>모델 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>분할</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epochs (best)</source>
        <translation>에포크 (최적)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By recording</source>
        <translation>녹음별</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model file</source>
        <translation>모델 파일</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the run&apos;s curves and confusion matrix in the Train panel.</source>
        <translation>학습 패널에 이 학습 실행의 곡선과 혼동 행렬을 표시합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict with this run&apos;s model.</source>
        <translation>이 학습 실행의 모델로 예측합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train this run&apos;s model again on every labelled segment, the test part too, for as many epochs as its best one. The new run predicts; its test scores stay the ones measured before, on the held-out part.</source>
        <translation>테스트 데이터를 포함한 라벨이 있는 모든 세그먼트로 이 학습 실행의 모델을 최적 에포크만큼 다시 학습합니다. 예측에는 새 학습 실행을 사용하며, 테스트 점수는 이전에 따로 떼어 둔 데이터로 측정한 값이 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the run; its model file stays on disk.</source>
        <translation>학습 실행을 목록에서 지웁니다. 모델 파일은 디스크에 남습니다.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+90"/>
        <location line="+19"/>
        <source>The runs could not be read: %1</source>
        <translation>학습 실행 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-96"/>
        <source>%1 % of %n recording(s)</source>
        <translation>
            <numerusform>%1 % (녹음 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>random (optimistic)</source>
        <translation>무작위 (낙관적)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by recording</source>
        <translation>녹음별</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This run&apos;s model predicts.</source>
        <translation>현재 이 학습 실행의 모델로 예측합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The model file %1 of this run is missing; it cannot predict.</source>
        <translation>이 학습 실행의 모델 파일 %1이(가) 없어 예측할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicting with %1</source>
        <translation>이제 %1(으)로 예측합니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Model</source>
        <translation>모델 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HipHop Studio models (*.model);;All files (*)</source>
        <translation>HipHop Studio 모델 (*.model);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported the model to %1</source>
        <translation>모델을 %1에 내보냈습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove Run</source>
        <translation>학습 실행 제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget this run? Its model file stays on disk.</source>
        <translation>이 학습 실행을 제거하시겠습니까? 모델 파일은 디스크에 남습니다.</translation>
    </message>
</context>
<context>
    <name>hhs::ui::ShortcutsWindow</name>
    <message>
        <location filename="../../ui/main/shortcuts_window.cpp" line="+25"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>System Default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No audio output found</source>
        <translation>오디오 출력 장치를 찾을 수 없음</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the waveform, MFCC, ruler or label lane</source>
        <translation>파형, MFCC, 눈금자 또는 라벨 레인 클릭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the playhead</source>
        <translation>재생 위치 이동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag in the waveform, MFCC or label lane</source>
        <translation>파형, MFCC 또는 라벨 레인에서 드래그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a stretch</source>
        <translation>범위 선택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+휠</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom around the mouse</source>
        <translation>마우스 위치를 중심으로 확대/축소</translation>
    </message>
</context>
<context>
    <name>hhs::ui::TimeRuler</name>
    <message>
        <location filename="../../ui/timeline/time_ruler.cpp" line="+27"/>
        <source>Click to move the playhead</source>
        <translation>클릭하면 재생 위치를 옮깁니다</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A song seems to change here, at %1 (strength %2); the next one runs at about %3 BPM.</source>
        <translation>여기 %1에서 곡이 바뀌는 것으로 보입니다(강도 %2). 다음 곡의 템포는 약 %3 BPM입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A song seems to change here, at %1 (strength %2).</source>
        <translation>여기 %1에서 곡이 바뀌는 것으로 보입니다(강도 %2).</translation>
    </message>
</context>
<context>
    <name>hhs::ui::TimelineController</name>
    <message>
        <location filename="../../ui/main/timeline_controller.cpp" line="+37"/>
        <source>Play / Pause</source>
        <translation>재생 / 일시정지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play Selection</source>
        <translation>선택 영역 재생</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+Space</source>
        <translation>Shift+Space</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loop Selection</source>
        <translation>선택 영역 반복 재생</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow Playhead Continuously</source>
        <translation>재생 위치 계속 따라가기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the playhead centred; off: turn pages</source>
        <translation>재생 위치를 항상 가운데에 둡니다. 끄면 화면 단위로 넘어갑니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next Region</source>
        <translation>다음 구간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Region</source>
        <translation>이전 구간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Region</source>
        <translation>구간 삭제</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit Track</source>
        <translation>트랙 전체 보기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to Selection</source>
        <translation>선택 영역 확대</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../../ui/main/timeline_labelling.cpp" line="+146"/>
        <source>Label as %1</source>
        <translation>%1 라벨 달기</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Loading %1</source>
        <translation>%1 불러오는 중</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Keeping the decoded %1 for next time</source>
        <translation>다음을 위해 디코딩한 %1 보관하는 중</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 will be decoded again next time: %2</source>
        <translation>%1은(는) 다음에 다시 디코딩됩니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main/timeline_labelling.cpp" line="-121"/>
        <source>Selection Start at Playhead</source>
        <translation>재생 위치를 선택 영역 시작으로</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selection End at Playhead</source>
        <translation>재생 위치를 선택 영역 끝으로</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cut at Playhead</source>
        <translation>재생 위치에서 자르기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a boundary at the playhead: the region there splits in two, or the stretch since the last boundary becomes a region. While playing, the cut lands a reaction time earlier.</source>
        <translation>재생 위치에 경계를 놓습니다. 그 위치의 구간이 둘로 나뉘거나, 마지막 경계 이후 부분이 하나의 구간이 됩니다. 재생 중에는 반응 시간만큼 앞에서 자릅니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cut at Suggested Changes</source>
        <translation>제안된 곡 전환에서 자르기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a boundary at every song change the studio found (the orange marks on the ruler), in one step you can undo.</source>
        <translation>자동으로 찾은 모든 곡 전환(눈금자의 주황색 표시)에 경계를 한 번에 놓습니다. 한 번의 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labelling Settings…</source>
        <translation>라벨링 설정…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cut at %1</source>
        <translation>%1에서 자르기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The song changes of this track are still being found.</source>
        <translation>이 트랙의 곡 전환을 아직 찾고 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no suggested changes left to cut at.</source>
        <translation>자를 제안된 곡 전환이 더 이상 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cut at %n suggested change(s)</source>
        <translation>
            <numerusform>제안된 곡 전환 %n곳에서 자르기</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/timeline_transport.cpp" line="+28"/>
        <source>Back 1 Second</source>
        <translation>1초 뒤로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 1 Second</source>
        <translation>1초 앞으로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 5 Seconds</source>
        <translation>5초 뒤로</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward 5 Seconds</source>
        <translation>5초 앞으로</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Boundary or Suggested Change</source>
        <translation>이전 경계 또는 제안된 곡 전환</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next Boundary or Suggested Change</source>
        <translation>다음 경계 또는 제안된 곡 전환</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Track Start</source>
        <translation>트랙 시작으로 이동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Track End</source>
        <translation>트랙 끝으로 이동</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Screen</source>
        <translation>이전 화면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Screen</source>
        <translation>다음 화면</translation>
    </message>
</context>
<context>
    <name>hhs::ui::TimelineWidget</name>
    <message>
        <location filename="../../ui/timeline/timeline_widget.cpp" line="+32"/>
        <source>Waveform</source>
        <translation>파형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MFCC (13 coefficients, coefficient 0 at the bottom)</source>
        <translation>MFCC (계수 13개, 맨 아래가 0번 계수)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels: drag to select, press a class key to label</source>
        <translation>라벨: 드래그해 선택하고 클래스 키를 눌러 라벨을 답니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted by a model</source>
        <translation>모델 예측</translation>
    </message>
</context>
<context>
    <name>hhs::ui::TrackAnalysis</name>
    <message>
        <location filename="../../ui/main/track_analysis.cpp" line="+39"/>
        <source>Finding song changes</source>
        <translation>곡 전환 찾는 중</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Song changes could not be found: %1</source>
        <translation>곡 전환을 찾을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>hhs::ui::TrackList</name>
    <message>
        <location filename="../../ui/main/track_list.cpp" line="+55"/>
        <location line="+53"/>
        <source>Relink…</source>
        <translation>다시 연결…</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Remove Track…</source>
        <translation>트랙 제거…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track &amp;Properties…</source>
        <translation>트랙 속성(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter tracks by name</source>
        <translation>트랙 이름으로 필터</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget the current track and its regions (the file stays on disk)</source>
        <translation>현재 트랙과 그 구간을 프로젝트에서 제거합니다(파일은 디스크에 남습니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current track&apos;s file: its format, codec, audio streams and chapters</source>
        <translation>현재 트랙의 파일: 형식, 코덱, 오디오 스트림, 챕터</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Track</source>
        <translation>트랙</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labelled</source>
        <translation>라벨링</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Point the selected track at its file&apos;s new place</source>
        <translation>선택한 트랙을 파일의 새 위치에 다시 연결합니다</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is missing: use Relink to point at its new place</source>
        <translation>%1 파일이 없습니다: 다시 연결로 새 위치를 지정하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has changed since it was imported</source>
        <translation>%1 파일이 가져온 뒤에 변경되었습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing labelled yet</source>
        <translation>아직 라벨이 없습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Remove %1 and its %n labelled region(s) from the project? The audio file stays on disk, and Undo brings the track back while the project is open.</source>
        <translation>
            <numerusform>%1 트랙과 라벨이 있는 구간 %n개를 프로젝트에서 제거할까요? 오디오 파일은 디스크에 남으며, 프로젝트가 열려 있는 동안에는 실행 취소로 트랙을 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove %1 from the project? The audio file stays on disk, and Undo brings the track back while the project is open.</source>
        <translation>%1 트랙을 프로젝트에서 제거할까요? 오디오 파일은 디스크에 남으며, 프로젝트가 열려 있는 동안에는 실행 취소로 트랙을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Track</source>
        <translation>트랙 제거</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Where is %1 now?</source>
        <translation>%1 파일은 지금 어디에 있습니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio files (%1);;All files (*)</source>
        <translation>오디오 파일 (%1);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>hhs::ui::TrackPropertiesDialog</name>
    <message>
        <location filename="../../ui/main/track_properties_dialog.cpp" line="+33"/>
        <source>Properties of %1</source>
        <translation>%1 속성</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample rate</source>
        <translation>샘플레이트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content hash</source>
        <translation>내용 해시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>추가한 때</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audio streams</source>
        <translation>오디오 스트림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream</source>
        <translation>스트림</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chapters</source>
        <translation>챕터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1</source>
        <translation>%1 읽는 중</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is read as %2.</source>
        <translation>%1은(는) %2(으)로 읽습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codec</source>
        <translation>코덱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bit rate</source>
        <translation>비트레이트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 ch, %3 Hz</source>
        <translation>%1, %2채널, %3 Hz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>hhs::ui::TracklistDialog</name>
    <message>
        <location filename="../../ui/main/tracklist_dialog.cpp" line="+20"/>
        <source>Import Tracklist for %1</source>
        <translation>%1의 트랙리스트 가져오기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the video&apos;s description or its tracklist. Every line that starts with a time (03:25 Artist - Title) becomes an unlabelled song running to the next one; the other lines are left out.</source>
        <translation>동영상 설명이나 트랙리스트를 붙여 넣으세요. 시간으로 시작하는 줄(03:25 아티스트 - 제목)마다 다음 줄까지 이어지는 라벨 없는 곡이 되고, 다른 줄은 건너뜁니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>00:00 Artist - First song
03:25 Artist - Second song</source>
        <translation>00:00 아티스트 - 첫 곡
03:25 아티스트 - 두 번째 곡</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Song, or the line that was not read</source>
        <translation>곡, 또는 읽지 않은 줄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open File…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make Songs</source>
        <translation>곡 만들기</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing pasted yet.</source>
        <translation>아직 붙여 넣은 내용이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the pasted tracklist</source>
        <translation>붙여 넣은 트랙리스트</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not read: %1</source>
        <translation>읽지 않음: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n song(s) will be made; %1 line(s) are not read.</source>
        <translation>
            <numerusform>곡 %n개를 만들고, %1줄은 읽지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Make %n Song(s)</source>
        <translation>
            <numerusform>곡 %n개 만들기</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Tracklist</source>
        <translation>트랙리스트 열기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt *.tracklist);;All files (*)</source>
        <translation>텍스트 파일 (*.txt *.tracklist);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>hhs::ui::TrainPanel</name>
    <message>
        <location filename="../../ui/train/train_panel.cpp" line="+49"/>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Train a model on the project&apos;s labelled regions with these settings.</source>
        <translation>이 설정으로 프로젝트의 라벨이 있는 구간에서 모델을 학습합니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stop after the current batch, keeping the best finished epoch.</source>
        <translation>현재 배치가 끝나면 정지하고, 완료된 에포크 중 가장 좋은 것을 남깁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording</source>
        <translation>녹음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a segment to hear it in its recording.</source>
        <translation>세그먼트를 클릭하면 해당 녹음에서 들을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Run</source>
        <translation>다음 학습 실행</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test Results</source>
        <translation>테스트 결과</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Train a model to see how it scores on recordings it never heard.</source>
        <translation>모델을 학습하면 처음 듣는 녹음에서 어떤 점수를 내는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a project to train.</source>
        <translation>학습하려면 프로젝트를 여세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counting the labelled segments…</source>
        <translation>라벨이 있는 세그먼트를 세는 중…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid.</source>
        <translation>검증</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 &lt;small&gt;(%n rec.)&lt;/small&gt;</source>
        <translation>
            <numerusform>%1 &lt;small&gt;(녹음 %n개)&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Training %1 again on every label for %n epoch(s), as many as the run&apos;s best one…</source>
        <translation>
            <numerusform>%1 모델을 모든 라벨로 %n 에포크(이 학습 실행의 최적 에포크와 같은 수) 동안 다시 학습하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Training %1 for %n epoch(s)…</source>
        <translation>
            <numerusform>%1 모델을 %n 에포크 동안 학습하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing segments and loading LibTorch…</source>
        <translation>세그먼트를 준비하고 LibTorch를 불러오는 중…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Epoch %1 of %2 · batch %3 of %4</source>
        <translation>에포크 %1/%2 · 배치 %3/%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Elapsed %1 · about %2 left</source>
        <translation>경과 %1 · 약 %2 남음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elapsed %1</source>
        <translation>경과 시간 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took %1</source>
        <translation>소요 시간 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: the best of the finished epochs was kept.</source>
        <translation>정지됨: 완료된 에포크 중 가장 좋은 것을 남겼습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early: the validation loss no longer improved.</source>
        <translation>조기 종료: 검증 손실이 더 이상 개선되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not trained</source>
        <translation>학습 안 됨</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The runs could not be read: %1</source>
        <translation>실행 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>&lt;p&gt;&lt;b&gt;Test accuracy %1&lt;/b&gt; (loss %2) on %n segment(s), best epoch %3.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;세그먼트 %n개 기준 &lt;b&gt;테스트 정확도 %1&lt;/b&gt; (손실 %2), 최적 에포크 %3.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;By recording %1&lt;/b&gt;: %n held-out recording(s), each classified by the mean of its segments.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;녹음별 %1&lt;/b&gt;: 따로 떼어 둔 녹음 %n개, 각 녹음은 세그먼트 평균으로 분류했습니다.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;p&gt;Trained: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;학습: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p style=&apos;color:#b9770e&apos;&gt;Still improving at epoch %1: more epochs may help.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b9770e&apos;&gt;에포크 %1에서도 아직 개선되고 있습니다: 에포크를 늘리면 나아질 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;This model was trained again on every labelled segment; the scores are the ones measured on the held-out recordings before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;이 모델은 라벨이 있는 모든 세그먼트로 다시 학습되었습니다. 점수는 그 전에 따로 떼어 둔 녹음에서 측정한 값입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Happy with these scores? &lt;b&gt;Train on All Labels&lt;/b&gt; in the Runs panel makes this model again from every label, the test part too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;이 점수가 마음에 드시나요? 학습 기록 패널의 &lt;b&gt;모든 라벨로 학습&lt;/b&gt;을 누르면 테스트 데이터까지 포함한 모든 라벨로 이 모델을 다시 만듭니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p style=&apos;color:#b9770e&apos;&gt;Random split: segments of the same recordings were in training, so this score is optimistic.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b9770e&apos;&gt;무작위 분할: 같은 녹음의 세그먼트가 학습에도 있었으므로 이 점수는 낙관적입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Split by recording: scored on recordings the model never heard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;녹음별 분할: 모델이 들어 본 적 없는 녹음으로 평가했습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Click a cell to list its segments and hear them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;칸을 클릭하면 해당 세그먼트 목록을 보고 들어 볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 recognised (%n segment(s)):</source>
        <translation>
            <numerusform>%1(으)로 맞게 인식 (세그먼트 %n개):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 taken for %2 (%n segment(s)):</source>
        <translation>
            <numerusform>%1을(를) %2(으)로 오인 (세그먼트 %n개):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hhs::ui::TrainSettingsForm</name>
    <message>
        <location filename="../../ui/train/train_settings_form.cpp" line="+33"/>
        <source>CNN (convolutional)</source>
        <translation>CNN (합성곱)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSTM (recurrent)</source>
        <translation>LSTM (순환)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notebook&apos;s two models: a three-block CNN over the MFCC image, or two LSTM layers over its frames.</source>
        <translation>노트북의 두 모델입니다: MFCC 이미지를 보는 3블록 CNN, 또는 MFCC 프레임을 따라가는 2층 LSTM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passes over the training segments. The model kept is the epoch with the lowest validation loss.</source>
        <translation>학습 세그먼트 전체를 반복하는 횟수입니다. 검증 손실이 가장 낮은 에포크의 모델을 남깁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segments per update (the notebook: 32).</source>
        <translation>한 번 업데이트할 때 쓰는 세그먼트 수입니다(노트북: 32).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adam&apos;s learning rate (the notebook: 0.0001; the studio&apos;s LSTM learns better at 0.0003).</source>
        <translation>Adam의 학습률(노트북: 0.0001, 스튜디오의 LSTM은 0.0003에서 더 잘 학습합니다).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By recording</source>
        <translation>녹음별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random (optimistic)</source>
        <translation>무작위 (낙관적)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Labelled regions are cut into training segments of this length (the notebook: 3 s).</source>
        <translation>라벨이 있는 구간을 이 길이의 학습 세그먼트로 자릅니다 (노트북: 3 s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By recording keeps every recording in one part, so the test accuracy is measured on songs the model never heard. Random is the notebook&apos;s split: segments of one song end up in training and test, so its score is optimistic.</source>
        <translation>녹음별 분할은 각 녹음을 한 부분에만 두므로 테스트 정확도를 모델이 들어 본 적 없는 곡으로 측정합니다. 무작위는 노트북의 분할입니다: 한 곡의 세그먼트가 학습과 테스트에 모두 들어가므로 점수가 낙관적입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same seed, data and settings give the same run.</source>
        <translation>시드, 데이터, 설정이 같으면 같은 학습 결과가 나옵니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notebook Defaults</source>
        <translation>노트북 기본값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notebook&apos;s epochs, batch size, learning rate, segment length and split for the chosen model.</source>
        <translation>선택한 모델에 대한 노트북의 에포크, 배치 크기, 학습률, 세그먼트 길이, 분할 설정입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mo&amp;del:</source>
        <translation>모델(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ep&amp;ochs:</source>
        <translation>에포크(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>배치 크기(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>학습률(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gment length:</source>
        <translation>세그먼트 길이(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spl&amp;it:</source>
        <translation>분할(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ra&amp;ndom seed:</source>
        <translation>무작위 시드(&amp;N):</translation>
    </message>
</context>
<context>
    <name>hhs::ui::TrainingCharts</name>
    <message>
        <location filename="../../ui/train/training_charts.cpp" line="+68"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>per batch</source>
        <translation>배치별</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>kept (epoch %1)</source>
        <translation>채택 (에포크 %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>training accuracy</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training loss (per batch, smoothed)</source>
        <translation>학습 손실 (배치별, 평활화)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>%1, epoch %2: %3</source>
        <translation>%1, 에포크 %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/train/training_charts_export.cpp" line="+25"/>
        <source>Could not save the charts as %1: the file name must end in .png or .svg.</source>
        <translation>차트를 %1(으)로 저장할 수 없습니다: 파일 이름은 .png 또는 .svg로 끝나야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save the charts as %1: they have no size yet.</source>
        <translation>차트를 %1(으)로 저장할 수 없습니다: 차트 크기가 아직 정해지지 않았습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Training curves</source>
        <translation>학습 곡선</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Save Chart As</source>
        <translation>차트를 다른 이름으로 저장</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Chart As…</source>
        <translation>차트를 다른 이름으로 저장…</translation>
    </message>
</context>
<context>
    <name>hhs::ui::TrainingController</name>
    <message>
        <location filename="../../ui/train/training_controller.cpp" line="+76"/>
        <source>Nothing to train on yet: label some of each class first, for example by playing a track and pressing a class key when a song starts.</source>
        <translation>아직 학습할 데이터가 없습니다: 먼저 클래스마다 몇 구간씩 라벨을 다세요. 예를 들어 트랙을 재생하면서 곡이 시작될 때 클래스 키를 누르면 됩니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting segments</source>
        <translation>세그먼트 세는 중</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The labelled segments could not be counted: %1</source>
        <translation>라벨이 있는 세그먼트를 셀 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+212"/>
        <source>The runs could not be read: %1</source>
        <translation>실행 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+209"/>
        <source>That run is no longer in the project.</source>
        <translation>해당 학습 실행이 더 이상 프로젝트에 없습니다.</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>The run&apos;s model file %1 is missing; train a new run instead.</source>
        <translation>이 학습 실행의 모델 파일 %1이(가) 없습니다. 대신 새로 학습하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This run was already trained on every label.</source>
        <translation>이 학습 실행은 이미 모든 라벨로 학습되었습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A training is already running; stop it first.</source>
        <translation>이미 학습이 진행 중입니다. 먼저 정지하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a project with labelled tracks to train.</source>
        <translation>학습하려면 라벨이 있는 트랙이 든 프로젝트를 여세요.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Training %1 on every label</source>
        <translation>%1 모델을 모든 라벨로 학습하는 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training %1</source>
        <translation>%1 모델 학습 중</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Training finished; the run was kept in %1</source>
        <translation>학습이 끝났습니다. 학습 실행을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trained again on every label; this model now predicts.</source>
        <translation>모든 라벨로 다시 학습했습니다. 이제 이 모델로 예측합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training finished: test accuracy %1 %</source>
        <translation>학습 완료: 테스트 정확도 %1 %</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The run&apos;s model file %1 is missing.</source>
        <translation>이 학습 실행의 모델 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Could not read the run&apos;s model file %1: %2.</source>
        <translation>학습 실행의 모델 파일 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>hhs::ui::VerdictBars</name>
    <message>
        <location filename="../../ui/predict/verdict_bars.cpp" line="+35"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/studio/main.cpp" line="+42"/>
        <source>Label hip-hop recordings by style and train classifiers on their MFCC</source>
        <translation>힙합 녹음에 스타일별로 라벨을 달고 MFCC로 분류기를 학습합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project file to open (created if missing).</source>
        <translation>열 프로젝트 파일입니다(없으면 새로 만듭니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the window to FILE and quit.</source>
        <translation>창을 FILE로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show FROM:TO seconds.</source>
        <translation>FROM:TO초 구간을 표시합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select FROM:TO seconds.</source>
        <translation>FROM:TO초 구간을 선택합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print how long the window and the first track took, and quit.</source>
        <translation>창과 첫 트랙이 뜨기까지 걸린 시간을 출력하고 종료합니다.</translation>
    </message>
</context>
</TS>
