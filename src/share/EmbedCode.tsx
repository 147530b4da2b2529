import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import type { LanguagePack } from '../content/pack';
import { CHAPTER_IDS } from '../content/structure';
import type { ChapterId } from '../content/types';
import { copyText } from './clipboard';
import { embedCode, type EmbedForm } from './embedCode';
import type { Theme } from './params';
import { useAnnouncement } from './useAnnouncement';
import { embedSrc, hostScriptUrl, shareUrl, type PageLocation } from './urls';
import './ShareButton.css'; // the copy button is the share button's pill

/** Props of {@link EmbedCode}. */
export interface EmbedCodeProps {
  pack: LanguagePack;
  /** The chapter being read: the default start chapter until the editor picks one. */
  chapter: ChapterId;
}

const FORMS: readonly EmbedForm[] = ['fixed', 'auto'];

type Ui = LanguagePack['ui'];

/** The two forms of embed, as radio buttons. */
function FormChoice(props: { uid: string; ui: Ui; form: EmbedForm; onChange: (form: EmbedForm) => void }) {
  const { uid, ui, form, onChange } = props;
  return (
    <fieldset>
      <legend>{ui.embedForm}</legend>
      {FORMS.map((f) => (
        <label key={f} className="embed-choice">
          <input
            type="radio"
            name={`${uid}-form`}
            value={f}
            checked={form === f}
            onChange={() => onChange(f)}
          />{' '}
          {f === 'fixed' ? ui.embedFormFixed : ui.embedFormAuto}
        </label>
      ))}
    </fieldset>
  );
}

/** The chapter the embed opens at, by its title in the page's language. */
function ChapterPicker(props: {
  uid: string;
  pack: LanguagePack;
  value: ChapterId;
  onChange: (id: ChapterId) => void;
}) {
  const { uid, pack, value, onChange } = props;
  return (
    <p className="embed-field">
      <label htmlFor={`${uid}-chapter`}>{pack.ui.embedChapter}</label>
      <select
        id={`${uid}-chapter`}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as ChapterId)}
      >
        {CHAPTER_IDS.map((id) => (
          <option key={id} value={id}>
            {pack.chapters[id].title}
          </option>
        ))}
      </select>
    </p>
  );
}

/** The embed's colour scheme: the reader's system setting (`null`), light or dark. */
function ThemePicker(props: {
  uid: string;
  ui: Ui;
  value: Theme | null;
  onChange: (theme: Theme | null) => void;
}) {
  const { uid, ui, value, onChange } = props;
  return (
    <p className="embed-field">
      <label htmlFor={`${uid}-theme`}>{ui.embedTheme}</label>
      <select
        id={`${uid}-theme`}
        value={value ?? ''}
        onChange={(event) => {
          const picked = event.currentTarget.value;
          onChange(picked === 'light' || picked === 'dark' ? picked : null);
        }}
      >
        <option value="">{ui.embedThemeSystem}</option>
        <option value="light">{ui.embedThemeLight}</option>
        <option value="dark">{ui.embedThemeDark}</option>
      </select>
    </p>
  );
}

/**
 * The embed-code generator: a closed disclosure at the end of the page. It writes ready-to-paste HTML for
 * either form, for a start chapter, this language and a colour scheme, and copies it. The page's address is
 * read when the disclosure opens (an event, so nothing touches `window` while rendering).
 */
export function EmbedCode({ pack, chapter }: EmbedCodeProps): ReactElement {
  const uid = useId();
  const [location, setLocation] = useState<PageLocation | null>(null);
  const [form, setForm] = useState<EmbedForm>('fixed');
  const [theme, setTheme] = useState<Theme | null>(null);
  const [picked, setPicked] = useState<ChapterId | null>(null);
  const [message, announce] = useAnnouncement();
  const disclosure = useRef<HTMLDetailsElement>(null);
  useEffect(function readAddressIfAlreadyOpen() {
    // Its code comes after the first view (src/chrome/FooterSlot.tsx): a reader may have opened the
    // prerendered disclosure before, and its toggle event is gone.
    if (disclosure.current?.open) readAddress();
  }, []);
  const start = picked ?? chapter;
  const ui = pack.ui;

  const code = location
    ? embedCode({
        form,
        src: embedSrc(location, pack.lang, start, { mode: form, theme }),
        href: shareUrl(location, pack.lang, start),
        hostScript: hostScriptUrl(location),
        title: pack.meta.title,
      })
    : '';

  function readAddress(): void {
    setLocation({ origin: window.location.origin, pathname: window.location.pathname });
  }

  async function onCopy(): Promise<void> {
    announce((await copyText(code, navigator)) ? ui.embedCopied : ui.embedCopyFailed);
  }

  return (
    <section className="embed-tools" aria-labelledby={`${uid}-title`}>
      <details
        ref={disclosure}
        onToggle={(event) => {
          if (event.currentTarget.open && !location) readAddress();
        }}
      >
        <summary>
          <h2 id={`${uid}-title`}>{ui.embedTitle}</h2>
        </summary>
        <p>{ui.embedIntro}</p>
        <FormChoice uid={uid} ui={ui} form={form} onChange={setForm} />
        <ChapterPicker uid={uid} pack={pack} value={start} onChange={setPicked} />
        <ThemePicker uid={uid} ui={ui} value={theme} onChange={setTheme} />
        <p className="embed-field">
          <label htmlFor={`${uid}-code`}>{ui.embedCode}</label>
          <textarea
            id={`${uid}-code`}
            className="embed-code"
            readOnly
            rows={form === 'fixed' ? 4 : 5}
            value={code}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
        <div className="embed-actions">
          <button type="button" className="share-button" onClick={() => void onCopy()} disabled={!code}>
            {ui.embedCopy}
          </button>
          <p className="embed-status" role="status">
            {message}
          </p>
        </div>
      </details>
    </section>
  );
}
