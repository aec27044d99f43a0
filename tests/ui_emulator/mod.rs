//! The real app in iced's headless Emulator, with its Tasks executed (saves, timers, exports):
//! click by label, type into the focused field, press keys the way the keyboard subscription
//! delivers them, and look at the view — as a person uses the window.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use iced::Size;
use iced::futures::channel::mpsc;
use iced_test::emulator::{Event, Mode};
use iced_test::instruction::{Interaction, Keyboard, Mouse, Target};
use iced_test::{Emulator, Instruction, Simulator};
use ipms_readiness::locale::Locale;
use ipms_readiness::paths::Paths;
use ipms_readiness::ui::{App, Message, test_settings};
use std::time::{Duration, Instant};

pub struct Emu<P: iced::Program<State = App, Message = Message> + 'static> {
    program: P,
    emulator: Emulator<P>,
    events: mpsc::Receiver<Event<P>>,
    pub size: Size,
}

/// Starts the app on `paths` in `locale` (on diagnosis `open`) in a window of `size`.
pub fn start(
    paths: Paths,
    locale: Locale,
    open: Option<i64>,
    size: (f32, f32),
) -> Emu<impl iced::Program<State = App, Message = Message, Theme = iced::Theme> + 'static> {
    let program = ipms_readiness::ui::application(paths, locale, open);
    let size = Size::new(size.0, size.1);
    let (sender, events) = mpsc::channel(256);
    let emulator = Emulator::new(sender, &program, Mode::Zen, size);
    let mut emu = Emu {
        program,
        emulator,
        events,
        size,
    };
    emu.until_ready().expect("the app boots");
    emu
}

impl<P: iced::Program<State = App, Message = Message> + 'static> Emu<P> {
    fn next_event(&mut self, timeout: Duration) -> Option<Event<P>> {
        let deadline = Instant::now() + timeout;
        loop {
            match self.events.try_recv() {
                Ok(e) => return Some(e),
                Err(mpsc::TryRecvError::Closed) => return None,
                Err(_) if Instant::now() >= deadline => return None,
                Err(_) => std::thread::sleep(Duration::from_millis(2)),
            }
        }
    }

    /// Runs actions until the emulator says it is ready (or an instruction failed).
    fn until_ready(&mut self) -> Result<(), Instruction> {
        loop {
            match self.next_event(Duration::from_secs(30)) {
                Some(Event::Action(a)) => self.emulator.perform(&self.program, a),
                Some(Event::Ready) => return Ok(()),
                Some(Event::Failed(i)) => return Err(i),
                None => panic!("the app did not become ready within 30 s"),
            }
        }
    }

    /// Runs every action that arrives until nothing has come for `quiet`.
    pub fn settle(&mut self, quiet: Duration) {
        while let Some(e) = self.next_event(quiet) {
            if let Event::Action(a) = e {
                self.emulator.perform(&self.program, a);
            }
        }
    }

    fn run(&mut self, instruction: Instruction) {
        self.emulator.run(&self.program, instruction.clone());
        if let Err(failed) = self.until_ready() {
            panic!("{failed} failed");
        }
        self.settle(Duration::from_millis(30));
    }

    /// Clicks the widget showing `label`.
    pub fn click(&mut self, label: &str) {
        self.run(Instruction::Interact(Interaction::Mouse(Mouse::Click {
            button: iced::mouse::Button::Left,
            target: Some(Target::Text(label.to_string())),
        })));
    }

    /// Types text into the focused field.
    pub fn type_text(&mut self, text: &str) {
        self.run(Instruction::Interact(Interaction::Keyboard(
            Keyboard::Typewrite(text.to_string()),
        )));
    }

    /// Presses a key on the focused widget (Enter, Tab, Escape, Backspace).
    pub fn press(&mut self, key: iced_test::instruction::Key) {
        self.run(Instruction::Interact(Interaction::Keyboard(
            Keyboard::Type(key),
        )));
    }

    /// A key that no widget takes, as the app's keyboard subscription delivers it.
    pub fn key(&mut self, key: iced::keyboard::Key, modifiers: iced::keyboard::Modifiers) {
        let text = match &key {
            iced::keyboard::Key::Character(c) => Some(c.clone()),
            _ => None,
        };
        let event = iced::keyboard::Event::KeyPressed {
            key: key.clone(),
            modified_key: key,
            physical_key: iced::keyboard::key::Physical::Unidentified(
                iced::keyboard::key::NativeCode::Unidentified,
            ),
            location: iced::keyboard::Location::Standard,
            modifiers,
            text,
            repeat: false,
        };
        self.send(Message::Key(event));
    }

    /// A character key without modifiers (e.g. "1", "n").
    pub fn char_key(&mut self, c: &str) {
        self.key(
            iced::keyboard::Key::Character(c.into()),
            iced::keyboard::Modifiers::empty(),
        );
    }

    /// A named key without modifiers that no widget takes (e.g. Enter on a verdict).
    pub fn named_key(&mut self, k: iced::keyboard::key::Named) {
        self.key(
            iced::keyboard::Key::Named(k),
            iced::keyboard::Modifiers::empty(),
        );
    }

    /// Sends a message as a widget or subscription would, and runs its tasks.
    pub fn send(&mut self, message: Message) {
        self.emulator.update(&self.program, message);
        self.settle(Duration::from_millis(30));
    }

    /// Waits `d` while running whatever the app does meanwhile (timers, saves).
    pub fn wait(&mut self, d: Duration) {
        let until = Instant::now() + d;
        while Instant::now() < until {
            self.settle(Duration::from_millis(10));
        }
    }

    /// Whether the view shows `label` somewhere.
    pub fn shows(&mut self, label: &str) -> bool {
        let mut ui = Simulator::with_size(
            test_settings(),
            self.size,
            self.emulator.view(&self.program),
        );
        ui.find(label).is_ok()
    }

    /// Ends the run and hands back the app (closing it releases the data folder).
    pub fn into_app(self) -> App {
        self.emulator.into_state().0
    }
}

/// A data folder (its path has Chinese characters and a space) with one new diagnosis of the
/// client `organization`; returns its paths and the diagnosis id.
pub fn client(dir: &std::path::Path, organization: &str) -> (Paths, i64) {
    use ipms_readiness::store::{NewAssessment, Store};
    let paths = Paths::portable(&dir.join("顾问 数据"));
    let store = Store::open_in(&paths).unwrap();
    let id = store
        .create_assessment(&NewAssessment {
            organization: organization.into(),
            title: "首次诊断".into(),
            ..NewAssessment::default()
        })
        .unwrap();
    (paths, id)
}

/// The id of the first active item of the 2023 catalogue (the first question a diagnosis asks).
pub fn first_item(paths: &Paths) -> String {
    ipms_readiness::store::Store::open_in(paths)
        .unwrap()
        .catalog("gbt29490-2023")
        .unwrap()
        .active_items()
        .next()
        .unwrap()
        .id
        .clone()
}
